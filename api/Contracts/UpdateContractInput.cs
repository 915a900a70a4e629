using GraphQL.Types;

namespace SalesGraph.Contracts;

/// <summary>Input of <c>updateContract</c>: the version read, and only the fields to change.</summary>
public sealed record UpdateContractInput
{
    public string ContractId { get; init; } = "";
    public int Version { get; init; }
    public IReadOnlyList<ContractLineInput>? Lines { get; init; }
    public DateOnly? StartOn { get; init; }
    public DateOnly? EndOn { get; init; }
    public int? PaymentTermDays { get; init; }
}

/// <summary>The <c>UpdateContractInput</c> input type.</summary>
public sealed class UpdateContractInputGraphType : InputObjectGraphType<UpdateContractInput>
{
    public UpdateContractInputGraphType()
    {
        Name = "UpdateContractInput";
        Description = "Changes to a DRAFT or REJECTED contract (a rejected one returns to DRAFT). Omitted fields keep their values.";
        Field(i => i.ContractId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The contract's global id.");
        Field(i => i.Version).Description("The version the client read; a stale one fails with CONFLICT and writes nothing.");
        Field(i => i.Lines, type: typeof(ListGraphType<NonNullGraphType<ContractLineInputGraphType>>)).Description("The new lines, replacing all (1 to 100).");
        Field(i => i.StartOn, nullable: true).Description("Start of the term.");
        Field(i => i.EndOn, nullable: true).Description("End of the term.");
        Field(i => i.PaymentTermDays, nullable: true).Description("Payment term in days (0–365).");
    }
}
