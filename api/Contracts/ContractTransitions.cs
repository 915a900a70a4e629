using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.ContractStatus;

namespace SalesGraph.Contracts;

/// <summary>
/// The contract workflow as one table: from which status each step goes to which. A pair missing here is refused
/// with INVALID_TRANSITION ("A COMPLETED contract cannot approve.").
/// </summary>
public static class ContractTransitions
{
    private static readonly Dictionary<(ContractStatus From, ContractStep Step), ContractStatus> Table = new()
    {
        [(Draft, ContractStep.Update)] = Draft,
        [(Rejected, ContractStep.Update)] = Draft,
        [(Draft, ContractStep.Submit)] = PendingApproval,
        [(PendingApproval, ContractStep.ApproveInPart)] = PendingApproval,
        [(PendingApproval, ContractStep.Approve)] = Approved,
        [(PendingApproval, ContractStep.Reject)] = Rejected,
        [(Approved, ContractStep.Activate)] = Active,
        [(Active, ContractStep.Complete)] = Completed,
        [(Approved, ContractStep.Terminate)] = Terminated,
        [(Active, ContractStep.Terminate)] = Terminated,
    };

    /// <summary>The status a contract in <paramref name="from"/> has after <paramref name="step"/>; null when the step is not allowed.</summary>
    public static ContractStatus? Next(ContractStatus from, ContractStep step) => Table.TryGetValue((from, step), out var to) ? to : null;

    /// <summary>The step as the refusal names it: "A DRAFT contract cannot <c>approve</c>."</summary>
    public static string Verb(ContractStep step) => step switch
    {
        ContractStep.ApproveInPart or ContractStep.Approve => "approve",
        _ => step.ToString().ToLowerInvariant(),
    };
}
