using GraphQL.Types;

namespace SalesGraph.Orders;

/// <summary>Input of <c>createSalesOrder</c>. Prices, amount, status and the credit flag follow from the contract or price list.</summary>
public sealed record CreateSalesOrderInput
{
    public string CustomerId { get; init; } = "";
    public string? ContractId { get; init; }
    public IReadOnlyList<SalesOrderLineInput> Lines { get; init; } = [];
    public string? IdempotencyKey { get; init; }
    public string? ExternalId { get; init; }
}

/// <summary>A line as a client sends it: no price (the desk has no say over prices).</summary>
public sealed record SalesOrderLineInput
{
    public string ProductId { get; init; } = "";
    public int Quantity { get; init; }
    public DateOnly RequestedOn { get; init; }
}

/// <summary>The <c>CreateSalesOrderInput</c> input type.</summary>
public sealed class CreateSalesOrderInputGraphType : InputObjectGraphType<CreateSalesOrderInput>
{
    public CreateSalesOrderInputGraphType()
    {
        Name = "CreateSalesOrderInput";
        Description = "A new sales order (订货单), SUBMITTED. With contractId it draws down an ACTIVE contract of the customer at the agreed prices; " +
            "without, the customer must be a DISTRIBUTOR or AGENT and the lines are priced at list price and checked against its credit.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.ContractId, type: typeof(IdGraphType)).Description("The ACTIVE contract of that customer the order draws down; omit for a distributor's or agent's order.");
        Field(i => i.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SalesOrderLineInputGraphType>>>)).Description("1 to 100 lines.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first result instead of a duplicate.");
        Field(i => i.ExternalId, nullable: true).Description("The order's id in an ERP (1–100 characters): an order with this id already in scope is returned as it is (a retry returns the first result).");
    }
}

/// <summary>The <c>SalesOrderLineInput</c> input type.</summary>
public sealed class SalesOrderLineInputGraphType : InputObjectGraphType<SalesOrderLineInput>
{
    public SalesOrderLineInputGraphType()
    {
        Name = "SalesOrderLineInput";
        Description = "One order line; the unit price is the contract's agreed price or the product's list price.";
        Field(l => l.ProductId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The product's global id; on a contract order, a product of the contract.");
        Field(l => l.Quantity).Description("Quantity, 1–1,000,000; on a contract order at most what the contract line has not yet had ordered.");
        Field(l => l.RequestedOn).Description("Requested delivery date; not in the past.");
    }
}

/// <summary>Input of the order steps (confirm, cancel, close).</summary>
public sealed record SalesOrderStepInput
{
    public string? SalesOrderId { get; init; }
    public string? ExternalId { get; init; }
    public int? Version { get; init; }
    public DateTime? ConfirmedAt { get; init; }
    public string? Reason { get; init; }
}

/// <summary>An input type of one order step; each step has its own, so steps can grow apart.</summary>
public abstract class SalesOrderStepInputGraphType : InputObjectGraphType<SalesOrderStepInput>
{
    protected SalesOrderStepInputGraphType(string name, string description, bool confirmedAt = false, bool reason = false)
    {
        Name = name;
        Description = description;
        Field(i => i.SalesOrderId, type: typeof(IdGraphType)).Description("The order's global id (or externalId instead).");
        Field(i => i.ExternalId, nullable: true).Description("Instead of salesOrderId: the id an external system (ERP) gave the order when it created it.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
        if (confirmedAt)
        {
            Field(i => i.ConfirmedAt, nullable: true).Description("When the customer confirmed (UTC); default now; not before submission, not in the future.");
        }

        if (reason)
        {
            Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why the order is cancelled, 1–1000 characters.");
        }
    }
}

/// <summary><c>ConfirmSalesOrderInput</c>.</summary>
public sealed class ConfirmSalesOrderInputGraphType() : SalesOrderStepInputGraphType(
    "ConfirmSalesOrderInput", "Records the customer's confirmation of a SUBMITTED order.", confirmedAt: true);

/// <summary><c>CancelSalesOrderInput</c>.</summary>
public sealed class CancelSalesOrderInputGraphType() : SalesOrderStepInputGraphType(
    "CancelSalesOrderInput", "Cancels a SUBMITTED or CONFIRMED order, with a reason.", reason: true);

/// <summary><c>CloseSalesOrderInput</c>.</summary>
public sealed class CloseSalesOrderInputGraphType() : SalesOrderStepInputGraphType(
    "CloseSalesOrderInput", "Closes a SHIPPED order (or a PARTLY_SHIPPED one short).");
