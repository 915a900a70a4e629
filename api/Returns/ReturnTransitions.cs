using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.ReturnStatus;

namespace SalesGraph.Returns;

/// <summary>A step of the return workflow, as <see cref="ReturnTransitions"/> knows it.</summary>
public enum ReturnStep
{
    /// <summary>approveReturn: sales management accepts the return.</summary>
    Approve,

    /// <summary>rejectReturn, with a reason.</summary>
    Reject,

    /// <summary>receiveReturn: the goods are booked back and the credit note issued.</summary>
    Receive,
}

/// <summary>
/// The return workflow as one table: REQUESTED → APPROVED → RECEIVED, or REQUESTED → REJECTED. A pair missing here is
/// refused with INVALID_TRANSITION.
/// </summary>
public static class ReturnTransitions
{
    private static readonly Dictionary<(ReturnStatus From, ReturnStep Step), ReturnStatus> Table = new()
    {
        [(Requested, ReturnStep.Approve)] = Approved,
        [(Requested, ReturnStep.Reject)] = Rejected,
        [(Approved, ReturnStep.Receive)] = Received,
    };

    /// <summary>The status a return in <paramref name="from"/> has after <paramref name="step"/>; null when the step is not allowed.</summary>
    public static ReturnStatus? Next(ReturnStatus from, ReturnStep step) => Table.TryGetValue((from, step), out var to) ? to : null;

    /// <summary>The step as the refusal names it: "A REJECTED return cannot <c>receive</c>."</summary>
    public static string Verb(ReturnStep step) => step.ToString().ToLowerInvariant();
}
