using GraphQL.Types;
using Microsoft.Extensions.Options;
using SalesGraph.Billing;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Orders;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.Shipments;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Contracts;

/// <summary>A sales contract.</summary>
public sealed class ContractGraphType : ObjectGraphType<Contract>
{
    public ContractGraphType()
    {
        Name = "Contract";
        Description = "A sales contract (合同) with its lines, approvals and history.";
        this.NodeId(c => c.Id);
        Field(c => c.Number).Description("Contract number, unique.");
        Field(c => c.Status).Description("Where the contract stands: DRAFT → PENDING_APPROVAL → APPROVED → ACTIVE → COMPLETED, or REJECTED / TERMINATED.");
        Field(c => c.SignedOn, nullable: true).Description("Date signed.");
        Field(c => c.StartOn, nullable: true).Description("Start of the contract term.");
        Field(c => c.EndOn, nullable: true).Description("End of the contract term.");
        Field(c => c.ListTotal).Description("List total (原价总价) in CNY: Σ quantity × list unit price.");
        Field(c => c.AgreedTotal).Description("Agreed total (实际成交价) in CNY: Σ quantity × agreed unit price.");
        Field(c => c.DiscountAmount).Description("Discount (折扣) in CNY: list total − agreed total.");
        Field(c => c.DiscountRate).Description("Discount rate: discount ÷ list total (0.1 = 10%).");
        Field(c => c.CostTotal, nullable: true).Description("Cost of the goods sold in CNY (sensitive: director and finance).");
        Field<DecimalGraphType>("grossMargin")
            .Description("Gross margin rate: (agreed total − cost) ÷ agreed total (sensitive: director and finance).")
            .Resolve(c => c.Source.AgreedTotal == 0 ? null : decimal.Round((c.Source.AgreedTotal - c.Source.CostTotal) / c.Source.AgreedTotal, 4));
        Field(c => c.Currency).Description("ISO currency code; always CNY.");
        Field(c => c.PaymentTermDays).Description("Payment term (账期) in days.");
        Field(c => c.TerminationReason, nullable: true).Description("Why the contract was terminated (解除).");
        Field(c => c.Version).Description("Optimistic concurrency version; send it back with updates.");
        Field(c => c.CreatedAt).Description("When the contract was created (UTC).");
        Field(c => c.UpdatedAt).Description("When the contract last changed (UTC).");
        Field(c => c.ExternalId, nullable: true).Description("The id of this contract in an external system (ERP).");
        Field<CustomerGraphType>("customer")
            .Description("The customer.")
            .Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("owner")
            .Description("The sales rep who owns the contract.")
            .Resolve(c => c.LoadById<Staff>(c.Source.OwnerId));
        Field<RegionGraphType>("region")
            .Description("The region the contract is booked in.")
            .Resolve(c => c.LoadById<Region>(c.Source.RegionId));
        Field<ContractApprovalStateGraphType>("approvalState")
            .Description("Where the contract waits while PENDING_APPROVAL (null otherwise): the level it needs and the rule behind it, the approvals given since submission, what is still missing and who may act. Batched per page.")
            .Resolve(c =>
            {
                var options = c.RequestServices!.GetRequiredService<IOptionsMonitor<ApprovalOptions>>().CurrentValue;
                return c.LoadComputed<ContractApprovalState?>(c.Source.Id,
                    (db, ids, ct) => ContractApprovalStates.OfContractsAsync(db, ids, options, ct), null);
            });
        this.Connection<Contract, ContractLineGraphType>("lines")
            .Description("The contract's product lines.")
            .ResolveChildren(l => l.ContractId, parent => parent.Id, ContractLineOrder);
        this.Connection<Contract, ContractEventGraphType>("history")
            .Description("Status changes and approvals, oldest first.")
            .ResolveChildren(e => e.ContractId, parent => parent.Id, ContractEventOrder);
        this.Connection<Contract, InvoiceGraphType>("invoices")
            .Description("Invoices issued against the contract.")
            .ResolveChildren(i => i.ContractId, parent => parent.Id, InvoiceQueries.ById);
        this.Connection<Contract, PaymentGraphType>("payments")
            .Description("Payments received for the contract.")
            .ResolveChildren(p => p.ContractId, parent => parent.Id, PaymentQueries.ById);
        this.Connection<Contract, ShipmentGraphType>("shipments")
            .Description("Delivery notices and shipments of the contract.")
            .ResolveChildren(s => s.ContractId, parent => parent.Id, ShipmentQueries.ById);
        this.Connection<Contract, SalesOrderGraphType>("salesOrders")
            .Description("Sales orders drawing down the contract.")
            .ResolveChildren(o => o.ContractId, parent => parent.Id, SalesOrderQueries.ById);
    }

    internal static readonly IReadOnlyList<SortKey<ContractLine>> ContractLineOrder = [SortKey<ContractLine>.Ascending(l => l.Id)];

    internal static readonly IReadOnlyList<SortKey<ContractEvent>> ContractEventOrder = [SortKey<ContractEvent>.Ascending(e => e.Id)];
}
