using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.ComplaintStatus;

namespace SalesGraph.Complaints;

/// <summary>A step of the complaint workflow, as <see cref="ComplaintTransitions"/> knows it.</summary>
public enum ComplaintStep
{
    /// <summary>answerComplaint: the customer is answered (the first answer stops the 2-hour timer).</summary>
    Answer,

    /// <summary>forwardComplaint: a colleague is to look into it.</summary>
    Forward,

    /// <summary>resolveComplaint, with the resolution.</summary>
    Resolve,
}

/// <summary>
/// The complaint workflow as one table: OPEN → ANSWERED → RESOLVED; OPEN or ANSWERED → FORWARDED (again to another
/// colleague when needed) → ANSWERED (the colleague's finding explained to the customer). A forwarded complaint is answered before it is resolved. A pair
/// missing here is refused with INVALID_TRANSITION.
/// </summary>
public static class ComplaintTransitions
{
    private static readonly Dictionary<(ComplaintStatus From, ComplaintStep Step), ComplaintStatus> Table = new()
    {
        [(Open, ComplaintStep.Answer)] = Answered,
        [(Open, ComplaintStep.Forward)] = Forwarded,
        [(Answered, ComplaintStep.Forward)] = Forwarded,
        [(Forwarded, ComplaintStep.Forward)] = Forwarded,
        [(Forwarded, ComplaintStep.Answer)] = Answered,
        [(Answered, ComplaintStep.Resolve)] = Resolved,
    };

    /// <summary>The status a complaint in <paramref name="from"/> has after <paramref name="step"/>; null when the step is not allowed.</summary>
    public static ComplaintStatus? Next(ComplaintStatus from, ComplaintStep step) => Table.TryGetValue((from, step), out var to) ? to : null;

    /// <summary>The step as the refusal names it: "A RESOLVED complaint cannot <c>answer</c>."</summary>
    public static string Verb(ComplaintStep step) => step.ToString().ToLowerInvariant();
}
