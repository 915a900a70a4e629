using GraphQL.Types;

namespace SalesGraph.Shipments;

/// <summary>Input of <c>createDeliveryNotice</c>.</summary>
public sealed record CreateDeliveryNoticeInput
{
    public string ContractId { get; init; } = "";
    public string? Carrier { get; init; }
    public DateOnly? PlannedOn { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>CreateDeliveryNoticeInput</c> input type.</summary>
public sealed class CreateDeliveryNoticeInputGraphType : InputObjectGraphType<CreateDeliveryNoticeInput>
{
    public CreateDeliveryNoticeInputGraphType()
    {
        Name = "CreateDeliveryNoticeInput";
        Description = "A delivery notice (发货通知单) for an ACTIVE contract, shipping all its lines.";
        Field(i => i.ContractId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The contract's global id.");
        Field(i => i.Carrier, nullable: true).Description("Carrier (at most 200 characters); default the customer's designated carrier.");
        Field(i => i.PlannedOn, nullable: true).Description("Planned shipping date; default tomorrow; not in the past.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key: repeating it returns the first notice.");
    }
}

/// <summary>Input of <c>markShipped</c> and <c>markDelivered</c>.</summary>
public sealed record ShipmentStepInput
{
    public string ShipmentId { get; init; } = "";
    public DateOnly? On { get; init; }
}

/// <summary>The <c>MarkShippedInput</c> input type.</summary>
public sealed class MarkShippedInputGraphType : InputObjectGraphType<ShipmentStepInput>
{
    public MarkShippedInputGraphType()
    {
        Name = "MarkShippedInput";
        Description = "A PLANNED shipment left the warehouse.";
        Field(i => i.ShipmentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The shipment's global id.");
        Field(i => i.On, nullable: true).Description("Shipping date; default today; not in the future.");
    }
}

/// <summary>The <c>MarkDeliveredInput</c> input type.</summary>
public sealed class MarkDeliveredInputGraphType : InputObjectGraphType<ShipmentStepInput>
{
    public MarkDeliveredInputGraphType()
    {
        Name = "MarkDeliveredInput";
        Description = "A SHIPPED shipment reached the customer.";
        Field(i => i.ShipmentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The shipment's global id.");
        Field(i => i.On, nullable: true).Description("Delivery date; default today; not before shipping, not in the future.");
    }
}
