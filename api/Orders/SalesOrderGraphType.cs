using GraphQL.Types;
using SalesGraph.Calendar;
using SalesGraph.Contracts;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.Shipments;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Orders;

/// <summary>A sales order.</summary>
public sealed class SalesOrderGraphType : ObjectGraphType<SalesOrder>
{
    public SalesOrderGraphType()
    {
        Name = "SalesOrder";
        Description = "A sales order (订货单): against an ACTIVE contract, or a distributor's or agent's order at list price without one.";
        this.NodeId(o => o.Id);
        Field(o => o.Number).Description("Order number (DD-year-sequence), unique.");
        Field(o => o.Status).Description("SUBMITTED → CONFIRMED → PARTLY_SHIPPED → SHIPPED → CLOSED, or CANCELLED.");
        Field(o => o.Amount).Description("Order amount in CNY: Σ quantity × unit price.");
        Field(o => o.IsOverCredit).Description(
            "Whether, when submitted, the customer's open receivables plus its open orders without contract plus this order exceeded its credit limit " +
            "(the delivery notice then needs finance's and a manager's approval).");
        Field(o => o.SubmittedAt).Description("When the order was recorded (UTC).");
        Field(o => o.ConfirmDueAt).Description("When the customer's confirmation is due (UTC): submission + OrderDesk:ConfirmationHours (4 by default).");
        Field(o => o.ConfirmedAt, nullable: true).Description("When the customer confirmed the order (UTC).");
        Field<NonNullGraphType<BooleanGraphType>>("isConfirmationLate")
            .Description("Confirmed after confirmDueAt, or still SUBMITTED past it (by the business clock).")
            .Resolve(c => IsConfirmationLate(c.Source, c.RequestServices!.GetRequiredService<BusinessCalendar>().UtcNow));
        Field(o => o.ClosedAt, nullable: true).Description("When the order was closed (UTC).");
        Field(o => o.CancelledAt, nullable: true).Description("When the order was cancelled (UTC).");
        Field(o => o.CancellationReason, nullable: true).Description("Why the order was cancelled.");
        Field(o => o.Version).Description("Optimistic concurrency version; send it back with the order's steps.");
        Field(o => o.CreatedAt).Description("When the order was created (UTC).");
        Field(o => o.UpdatedAt).Description("When the order last changed (UTC).");
        Field(o => o.ExternalId, nullable: true).Description("The id of this order in an external system (ERP).");
        Field<CustomerGraphType>("customer")
            .Description("The customer who ordered.")
            .Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<ContractGraphType>("contract")
            .Description("The contract the order draws down; null for an order without contract.")
            .Resolve(c => c.Source.ContractId is { } id ? c.LoadById<Contract>(id) : null);
        Field<StaffGraphType>("confirmedBy")
            .Description("Who recorded the customer's confirmation.")
            .Resolve(c => c.Source.ConfirmedById is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<SalesOrder, SalesOrderLineGraphType>("lines")
            .Description("The order's product lines.")
            .ResolveChildren(l => l.SalesOrderId, parent => parent.Id, LineOrder);
        this.Connection<SalesOrder, ShipmentGraphType>("shipments")
            .Description("The order's delivery notices and their shipments.")
            .ResolveChildren(s => s.SalesOrderId, parent => parent.Id, ShipmentQueries.ById);
    }

    /// <summary>Late when confirmed after the due time, or not confirmed and past it.</summary>
    public static bool IsConfirmationLate(SalesOrder order, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ConfirmedAt is { } confirmed
            ? confirmed > order.ConfirmDueAt
            : order.Status == SalesOrderStatus.Submitted && now > order.ConfirmDueAt;
    }

    internal static readonly IReadOnlyList<SortKey<SalesOrderLine>> LineOrder = [SortKey<SalesOrderLine>.Ascending(l => l.Id)];
}
