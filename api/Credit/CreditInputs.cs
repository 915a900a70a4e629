using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Credit;

/// <summary>Input of <c>setCreditPolicy</c>.</summary>
public sealed record SetCreditPolicyInput
{
    public CustomerGrade Grade { get; init; }
    public decimal CreditLimit { get; init; }
    public int PaymentTermDays { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>SetCreditPolicyInput</c> input type.</summary>
public sealed class SetCreditPolicyInputGraphType : InputObjectGraphType<SetCreditPolicyInput>
{
    public SetCreditPolicyInputGraphType()
    {
        Name = "SetCreditPolicyInput";
        Description = "One grade's default credit limit and payment term.";
        Field(i => i.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<CustomerGrade>>)).Description("The grade.");
        Field(i => i.CreditLimit).Description("Default credit limit in CNY (not negative, 2 decimal places).");
        Field(i => i.PaymentTermDays).Description("Default payment term in days (0–365).");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, CONFLICT.");
    }
}

/// <summary>Input of <c>proposeGradeChange</c>.</summary>
public sealed record ProposeGradeChangeInput
{
    public string CustomerId { get; init; } = "";
    public CustomerGrade Grade { get; init; }
    public string? Reason { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>ProposeGradeChangeInput</c> input type.</summary>
public sealed class ProposeGradeChangeInputGraphType : InputObjectGraphType<ProposeGradeChangeInput>
{
    public ProposeGradeChangeInputGraphType()
    {
        Name = "ProposeGradeChangeInput";
        Description = "A manager's proposal to change a customer's grade.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<CustomerGrade>>)).Description("The grade proposed.");
        Field(i => i.Reason, nullable: true).Description("Why: required, at most 1000 characters.");
        Field(i => i.Version, nullable: true).Description("The customer's version the client read; when given and stale, CONFLICT.");
    }
}

/// <summary>Input of <c>approveGradeProposal</c> and <c>rejectGradeProposal</c>.</summary>
public sealed record DecideGradeProposalInput
{
    public string ProposalId { get; init; } = "";
    public string? Note { get; init; }
    public int? Version { get; init; }
}

/// <summary>The input types of the director's decision.</summary>
public sealed class DecideGradeProposalInputGraphType : InputObjectGraphType<DecideGradeProposalInput>
{
    public DecideGradeProposalInputGraphType()
    {
        Name = "DecideGradeProposalInput";
        Description = "The director's decision on a grade proposal.";
        Field(i => i.ProposalId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The proposal's global id.");
        Field(i => i.Note, nullable: true).Description("The director's note, at most 1000 characters; required to reject.");
        Field(i => i.Version, nullable: true).Description("The proposal's version the client read; when given and stale, CONFLICT.");
    }
}
