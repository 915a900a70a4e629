using GraphQL.Types;

namespace SalesGraph.Returns;

/// <summary>Input of <c>requestReturn</c>.</summary>
public sealed record RequestReturnInput
{
    public string ShipmentId { get; init; } = "";
    public string? Reason { get; init; }
    public IReadOnlyList<ReturnLineInput> Lines { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

/// <summary>A shipment line's quantity to return.</summary>
public sealed record ReturnLineInput
{
    public string ShipmentLineId { get; init; } = "";
    public int Quantity { get; init; }
}

/// <summary>The <c>RequestReturnInput</c> input type.</summary>
public sealed class RequestReturnInputGraphType : InputObjectGraphType<RequestReturnInput>
{
    public RequestReturnInputGraphType()
    {
        Name = "RequestReturnInput";
        Description = "A customer's return (退货) of goods from a DELIVERED shipment, REQUESTED; prices follow from the shipment.";
        Field(i => i.ShipmentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The DELIVERED shipment's global id (in the caller's scope).");
        Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why the customer returns the goods, 1–1000 characters.");
        Field(i => i.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ReturnLineInputGraphType>>>)).Description("1 to 100 lines, each shipment line at most once.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first result instead of a duplicate.");
    }
}

/// <summary>The <c>ReturnLineInput</c> input type.</summary>
public sealed class ReturnLineInputGraphType : InputObjectGraphType<ReturnLineInput>
{
    public ReturnLineInputGraphType()
    {
        Name = "ReturnLineInput";
        Description = "Goods of one shipment line to return.";
        Field(l => l.ShipmentLineId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The shipment line's global id (returnableLines.shipmentLineId).");
        Field(l => l.Quantity).Description("Quantity, at least 1 and at most what the line delivered less what returns not rejected already took.");
    }
}

/// <summary>Input of the return steps (approve, reject, receive).</summary>
public sealed record ReturnStepInput
{
    public string ReturnRequestId { get; init; } = "";
    public int? Version { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<ReceivedLineInput>? Lines { get; init; }
    public string? CarrierNote { get; init; }
    public DateOnly? ReceivedOn { get; init; }
}

/// <summary>What arrived of one return line.</summary>
public sealed record ReceivedLineInput
{
    public string ReturnLineId { get; init; } = "";
    public int ReceivedQuantity { get; init; }
}

/// <summary>The <c>ReceivedLineInput</c> input type.</summary>
public sealed class ReceivedLineInputGraphType : InputObjectGraphType<ReceivedLineInput>
{
    public ReceivedLineInputGraphType()
    {
        Name = "ReceivedLineInput";
        Description = "The quantity of one return line that arrived back.";
        Field(l => l.ReturnLineId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The return line's global id.");
        Field(l => l.ReceivedQuantity).Description("Quantity received, 0 to the quantity requested.");
    }
}

/// <summary>An input type of one return step; each step has its own, so steps can grow apart.</summary>
public abstract class ReturnStepInputGraphType : InputObjectGraphType<ReturnStepInput>
{
    protected ReturnStepInputGraphType(string name, string description, bool reason = false, bool receipt = false)
    {
        Name = name;
        Description = description;
        Field(i => i.ReturnRequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The return's global id.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
        if (reason)
        {
            Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why the return is rejected, 1–1000 characters.");
        }

        if (receipt)
        {
            Field(i => i.Lines, type: typeof(ListGraphType<NonNullGraphType<ReceivedLineInputGraphType>>))
                .Description("What arrived per return line; a line left out arrived in full, and omitting the list means everything arrived.");
            Field(i => i.CarrierNote, nullable: true).Description("The carrier's report of differences (required when less arrived than was requested), 1–1000 characters.");
            Field(i => i.ReceivedOn, nullable: true).Description("The day the goods arrived; default today; not in the future nor before the return was requested.");
        }
    }
}

/// <summary><c>ApproveReturnInput</c>.</summary>
public sealed class ApproveReturnInputGraphType() : ReturnStepInputGraphType(
    "ApproveReturnInput", "Approves a REQUESTED return.");

/// <summary><c>RejectReturnInput</c>.</summary>
public sealed class RejectReturnInputGraphType() : ReturnStepInputGraphType(
    "RejectReturnInput", "Rejects a REQUESTED return, with a reason.", reason: true);

/// <summary><c>ReceiveReturnInput</c>.</summary>
public sealed class ReceiveReturnInputGraphType() : ReturnStepInputGraphType(
    "ReceiveReturnInput", "Books the goods of an APPROVED return back, issuing its credit note.", receipt: true);
