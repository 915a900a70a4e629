using GraphQL.Types;

namespace SalesGraph.Shipments;

/// <summary>Input of <c>createDeliveryNotice</c>: for an order (part or all of its open quantities) or for a whole contract.</summary>
public sealed record CreateDeliveryNoticeInput
{
    public string? ContractId { get; init; }
    public string? SalesOrderId { get; init; }
    public IReadOnlyList<DeliveryNoticeLineInput>? Lines { get; init; }
    public string? Carrier { get; init; }
    public DateOnly? PlannedOn { get; init; }
    public string? IdempotencyKey { get; init; }
    public string? ExternalId { get; init; }
}

/// <summary>One line of a delivery notice against an order.</summary>
public sealed record DeliveryNoticeLineInput
{
    public string SalesOrderLineId { get; init; } = "";
    public int Quantity { get; init; }
}

/// <summary>The <c>CreateDeliveryNoticeInput</c> input type.</summary>
public sealed class CreateDeliveryNoticeInputGraphType : InputObjectGraphType<CreateDeliveryNoticeInput>
{
    public CreateDeliveryNoticeInputGraphType()
    {
        Name = "CreateDeliveryNoticeInput";
        Description = "A delivery notice (发货通知单): for part or all of a CONFIRMED or PARTLY_SHIPPED order's open quantities " +
            "(salesOrderId, lines), or for all lines of an ACTIVE contract (contractId). Exactly one of the two.";
        Field(i => i.SalesOrderId, type: typeof(IdGraphType)).Description("The order's global id.");
        Field(i => i.Lines, type: typeof(ListGraphType<NonNullGraphType<DeliveryNoticeLineInputGraphType>>))
            .Description("With salesOrderId: the order lines and quantities to ship, each at most the line's open quantity; default every open quantity.");
        Field(i => i.ContractId, type: typeof(IdGraphType)).Description("The contract's global id, to ship all its lines at once.");
        Field(i => i.Carrier, nullable: true).Description("Carrier (at most 200 characters); default the customer's designated carrier.");
        Field(i => i.PlannedOn, nullable: true).Description("Planned shipping date; default tomorrow; not in the past.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key: repeating it returns the first notice.");
        Field(i => i.ExternalId, nullable: true).Description("The notice's id in an external system (ERP), at most 100 characters: a retry with it returns the first notice.");
    }
}

/// <summary>The <c>DeliveryNoticeLineInput</c> input type.</summary>
public sealed class DeliveryNoticeLineInputGraphType : InputObjectGraphType<DeliveryNoticeLineInput>
{
    public DeliveryNoticeLineInputGraphType()
    {
        Name = "DeliveryNoticeLineInput";
        Description = "An order line and the quantity of it to ship.";
        Field(l => l.SalesOrderLineId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The order line's global id (SalesOrderLine.id).");
        Field(l => l.Quantity).Description("Quantity to ship: 1 up to what the line has open (ordered − on notices not cancelled or rejected).");
    }
}

/// <summary>Input of the shipment steps (approve, reject, cancel, ship, deliver).</summary>
public sealed record ShipmentStepInput
{
    public string? ShipmentId { get; init; }
    public string? ExternalId { get; init; }
    public int? Version { get; init; }
    public DateOnly? On { get; init; }
    public string? Carrier { get; init; }
    public string? WaybillNumber { get; init; }
    public string? Reason { get; init; }
    public string? Comment { get; init; }
}

/// <summary>An input type of one shipment step; each step has its own, so steps can grow apart.</summary>
public abstract class ShipmentStepInputGraphType : InputObjectGraphType<ShipmentStepInput>
{
    protected ShipmentStepInputGraphType(string name, string description, string? on = null, bool waybill = false, string? reason = null, bool comment = false)
    {
        Name = name;
        Description = description;
        Field(i => i.ShipmentId, type: typeof(IdGraphType)).Description("The shipment's global id (or externalId instead).");
        Field(i => i.ExternalId, nullable: true).Description("Instead of shipmentId: the id an external system (ERP) gave the notice when it created it.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
        if (on is not null)
        {
            Field(i => i.On, nullable: true).Description(on);
        }

        if (waybill)
        {
            Field(i => i.Carrier, nullable: true).Description("The carrier that took the goods, if not the one planned (at most 200 characters).");
            Field(i => i.WaybillNumber, nullable: true).Description("The carrier's waybill (托运单) number, at most 64 characters.");
        }

        if (reason is not null)
        {
            Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description(reason);
        }

        if (comment)
        {
            Field(i => i.Comment, nullable: true).Description("A comment for the record, at most 1000 characters.");
        }
    }
}

/// <summary>The <c>MarkShippedInput</c> input type.</summary>
public sealed class MarkShippedInputGraphType() : ShipmentStepInputGraphType(
    "MarkShippedInput", "A PLANNED shipment left the warehouse.", on: "Shipping date; default today; not in the future.", waybill: true);

/// <summary>The <c>MarkDeliveredInput</c> input type.</summary>
public sealed class MarkDeliveredInputGraphType() : ShipmentStepInputGraphType(
    "MarkDeliveredInput", "A SHIPPED shipment reached the customer.", on: "Delivery date; default today; not before shipping, not in the future.");

/// <summary>The <c>ApproveDeliveryNoticeInput</c> input type.</summary>
public sealed class ApproveDeliveryNoticeInputGraphType() : ShipmentStepInputGraphType(
    "ApproveDeliveryNoticeInput", "Gives the caller's approval (finance, sales management or the director) to a notice AWAITING_APPROVAL.", comment: true);

/// <summary>The <c>RejectDeliveryNoticeInput</c> input type.</summary>
public sealed class RejectDeliveryNoticeInputGraphType() : ShipmentStepInputGraphType(
    "RejectDeliveryNoticeInput", "Rejects a notice AWAITING_APPROVAL; its quantities go back to the order.", reason: "Why, 1–1000 characters.");

/// <summary>The <c>CancelShipmentInput</c> input type.</summary>
public sealed class CancelShipmentInputGraphType() : ShipmentStepInputGraphType(
    "CancelShipmentInput", "Cancels a notice that has not shipped (AWAITING_APPROVAL or PLANNED); its quantities go back to the order.",
    reason: "Why, 1–1000 characters.");
