using GraphQL.Types;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;

namespace SalesGraph.Funnel;

/// <summary>Input of <c>createOpportunity</c>. The owner is the customer's rep; the stage starts at LEAD unless given.</summary>
public sealed record CreateOpportunityInput
{
    public string CustomerId { get; init; } = "";
    public string? Title { get; init; }
    public decimal ExpectedAmount { get; init; }
    public DateOnly ExpectedCloseOn { get; init; }
    public CustomerSource? Source { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>CreateOpportunityInput</c> input type.</summary>
public sealed class CreateOpportunityInputGraphType : InputObjectGraphType<CreateOpportunityInput>
{
    public CreateOpportunityInputGraphType()
    {
        Name = "CreateOpportunityInput";
        Description = "A new opportunity (商机) at LEAD on a customer in the caller's scope, owned by the customer's rep.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Title, type: typeof(NonNullGraphType<StringGraphType>)).Description("What the deal is, 1–200 characters.");
        Field(i => i.ExpectedAmount).Description("Expected amount in CNY, more than 0.");
        Field(i => i.ExpectedCloseOn).Description("Expected close date; not before today.");
        Field(i => i.Source, nullable: true).Description("Where it came from; default the customer's source.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first opportunity instead of a duplicate.");
    }
}

/// <summary>Input of <c>moveOpportunity</c>.</summary>
public sealed record MoveOpportunityInput
{
    public string OpportunityId { get; init; } = "";
    public int? Version { get; init; }
    public OpportunityStage Stage { get; init; }
    public string? LostReason { get; init; }
    public IReadOnlyList<ContractLineInput>? Lines { get; init; }
}

/// <summary>The <c>MoveOpportunityInput</c> input type.</summary>
public sealed class MoveOpportunityInputGraphType : InputObjectGraphType<MoveOpportunityInput>
{
    public MoveOpportunityInputGraphType()
    {
        Name = "MoveOpportunityInput";
        Description = "Moves an opportunity to another stage of the funnel.";
        Field(i => i.OpportunityId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The opportunity's global id.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the move fails with CONFLICT.");
        Field(i => i.Stage).Description("The stage to move to.");
        Field(i => i.LostReason, nullable: true).Description("Why it was lost (required for LOST), 1–1000 characters.");
        Field(i => i.Lines, type: typeof(ListGraphType<NonNullGraphType<ContractLineInputGraphType>>))
            .Description("For WON: the contract's lines (1–100, as createContract takes them); the draft contract is created from them.");
    }
}
