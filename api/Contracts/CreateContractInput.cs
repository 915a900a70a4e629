using GraphQL.Types;

namespace SalesGraph.Contracts;

/// <summary>Input of <c>createContract</c>. Owner, region and status are not inputs: they follow from the customer and the workflow.</summary>
public sealed record CreateContractInput
{
    public string CustomerId { get; init; } = "";
    public IReadOnlyList<ContractLineInput> Lines { get; init; } = [];
    public DateOnly? StartOn { get; init; }
    public DateOnly? EndOn { get; init; }
    public int? PaymentTermDays { get; init; }
    public string? IdempotencyKey { get; init; }
    public string? ExternalId { get; init; }
}

/// <summary>The <c>CreateContractInput</c> input type.</summary>
public sealed class CreateContractInputGraphType : InputObjectGraphType<CreateContractInput>
{
    public CreateContractInputGraphType()
    {
        Name = "CreateContractInput";
        Description = "A new draft contract. The owner and region are the customer's; totals and discount are computed by the server.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ContractLineInputGraphType>>>)).Description("1 to 100 lines.");
        Field(i => i.StartOn, nullable: true).Description("Start of the term; not after endOn.");
        Field(i => i.EndOn, nullable: true).Description("End of the term.");
        Field(i => i.PaymentTermDays, nullable: true).Description("Payment term in days (0–365); default: the customer's.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first result instead of a duplicate.");
        Field(i => i.ExternalId, nullable: true).Description("The contract's id in an ERP: an existing draft with this id is updated (upsert).");
    }
}
