using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A regional manager's proposal to change a customer's grade (建议权, decision 030), approved or rejected by the director.
/// Approval changes the grade and gives the customer the new grade's credit policy unless finance set its terms; a
/// proposal whose customer's grade moved since it was made is stale and cannot be approved. Scoped through its customer.
/// </summary>
public sealed class GradeProposal : IHasId
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The customer's grade when the proposal was made.</summary>
    public CustomerGrade FromGrade { get; set; }

    /// <summary>The grade proposed.</summary>
    public CustomerGrade ToGrade { get; set; }

    public required string Reason { get; set; }
    public GradeProposalStatus Status { get; set; }
    public int ProposedById { get; set; }
    public Staff? ProposedBy { get; set; }
    public DateTime ProposedAt { get; set; }
    public int? DecidedById { get; set; }
    public Staff? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}

[Description("Where a grade proposal stands.")]
public enum GradeProposalStatus
{
    [Description("Waiting for the director.")]
    Pending,

    [Description("Approved: the customer has the proposed grade.")]
    Approved,

    [Description("Rejected by the director.")]
    Rejected,
}
