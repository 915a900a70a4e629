using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Contracts;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Orders;
using SalesGraph.Resolving;

namespace SalesGraph.Shipments;

/// <summary>A shipment.</summary>
public sealed class ShipmentGraphType : ObjectGraphType<Shipment>
{
    public ShipmentGraphType()
    {
        Name = "Shipment";
        Description = "A delivery notice (发货通知单) and the tracking of its shipment.";
        this.NodeId(s => s.Id);
        Field(s => s.NoticeNumber).Description("Delivery notice number (FH-year-sequence), unique.");
        Field(s => s.Status).Description("AWAITING_APPROVAL → PLANNED → SHIPPED → DELIVERED; CANCELLED before it ships; REJECTED by an approver.");
        Field(s => s.Carrier).Description("Carrier (托运单位).");
        Field(s => s.WaybillNumber, nullable: true).Description("The carrier's waybill (托运单) number, given when the goods left.");
        Field(s => s.PlannedOn).Description("Planned ship date.");
        Field(s => s.ShippedOn, nullable: true).Description("Date shipped.");
        Field(s => s.DeliveredOn, nullable: true).Description("Date delivered.");
        Field(s => s.Amount).Description("Value of the goods in CNY: Σ quantity × agreed unit price.");
        Field(s => s.UnpaidAmount).Description("The part of the amount not covered by confirmed payments when the notice was issued (goods on credit, 赊销).");
        Field(s => s.InvoicedAmount).Description("What invoices not void bill of this shipment, in CNY (issueInvoice with shipmentIds).");
        Field<NonNullGraphType<DecimalGraphType>>("invoiceableAmount")
            .Description("What is left to invoice, in CNY: once DELIVERED, the amount less what returns not rejected take back less invoicedAmount (never below 0); 0 before delivery.")
            .Resolve(c => c.Source.Status != ShipmentStatus.Delivered ? (object)0m : c.LoadComputed(c.Source.Id, Billing.ShipmentBilling.InvoiceableAsync, 0m));
        Field(s => s.IsOverCredit).Description("Whether the customer's open receivables plus the unpaid goods exceeded its credit limit when the notice was issued.");
        Field(s => s.NeedsApproval).Description("Whether the notice needs finance's and sales management's approval before it may ship (unpaid or beyond credit).");
        Field(s => s.NeedsDirectorApproval).Description("Whether it needs the director's approval as well: unpaid above OrderDesk:DirectorUnpaidAmount.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DeliveryNoticeSignOff>>>>>("pendingApprovals")
            .Description("The approvals still missing (FINANCE, SALES, DIRECTOR); empty once released or when none is needed.")
            .Resolve(c => c.Source.Status != ShipmentStatus.AwaitingApproval
                ? (object)Array.Empty<DeliveryNoticeSignOff>()
                : c.LoadComputed(c.Source.Id, GivenAsync, (IReadOnlyList<DeliveryNoticeSignOff>)[])
                    .Then(given => DeliveryNoticeApproval.Pending(new DeliveryNoticeNeeds(c.Source.NeedsApproval, c.Source.NeedsDirectorApproval), [.. given])));
        Field(s => s.ReleasedOn, nullable: true).Description("The day the goods were released to ship: issued paid and within credit, or the last approval given.");
        Field(s => s.ShipDueOn, nullable: true).Description("The day by which the goods are to leave: releasedOn + OrderDesk:ShipWithinDays (款到后3天内发货).");
        Field(s => s.CancelledAt, nullable: true).Description("When the notice was cancelled or rejected (UTC).");
        Field(s => s.CancellationReason, nullable: true).Description("Why the notice was cancelled or rejected.");
        Field(s => s.Version).Description("Optimistic concurrency version; send it back with the shipment's steps.");
        Field(s => s.CreatedAt).Description("When the notice was issued (UTC).");
        Field(s => s.UpdatedAt).Description("When the notice last changed (UTC).");
        Field(s => s.ExternalId, nullable: true).Description("The id of this notice in an external system (ERP).");
        Field<CustomerGraphType>("customer")
            .Description("The customer the goods go to.")
            .Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<SalesOrderGraphType>("salesOrder")
            .Description("The order shipped; null for a notice of a whole contract.")
            .Resolve(c => c.Source.SalesOrderId is { } id ? c.LoadById<SalesOrder>(id) : null);
        Field<ContractGraphType>("contract")
            .Description("The contract whose goods ship; null for an order without contract.")
            .Resolve(c => c.Source.ContractId is { } id ? c.LoadById<Contract>(id) : null);
        this.Connection<Shipment, ShipmentLineGraphType>("lines")
            .Description("Products and quantities on the notice.")
            .ResolveChildren(l => l.ShipmentId, parent => parent.Id, LineOrder);
        this.Connection<Shipment, ShipmentApprovalGraphType>("approvals")
            .Description("The approvals given, oldest first.")
            .ResolveChildren(a => a.ShipmentId, parent => parent.Id, ApprovalOrder);
    }

    private static async Task<Dictionary<int, IReadOnlyList<DeliveryNoticeSignOff>>> GivenAsync(
        Data.SalesGraphDbContext db, int[] shipmentIds, CancellationToken ct) =>
        (await db.ShipmentApprovals.AsNoTracking().Where(a => shipmentIds.Contains(a.ShipmentId)).Select(a => new { a.ShipmentId, a.SignOff }).ToListAsync(ct))
        .GroupBy(a => a.ShipmentId).ToDictionary(g => g.Key, g => (IReadOnlyList<DeliveryNoticeSignOff>)[.. g.Select(a => a.SignOff)]);

    private static readonly IReadOnlyList<SortKey<ShipmentLine>> LineOrder = [SortKey<ShipmentLine>.Ascending(l => l.Id)];

    private static readonly IReadOnlyList<SortKey<ShipmentApproval>> ApprovalOrder = [SortKey<ShipmentApproval>.Ascending(a => a.Id)];
}
