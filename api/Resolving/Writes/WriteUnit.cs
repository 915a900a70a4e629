using SalesGraph.Auth;
using SalesGraph.Data;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// One mutation's unit of work, handed to it by <see cref="MutationRunner"/>: a tracking <see cref="Db"/> inside an
/// open transaction, the <see cref="Caller"/> and one <see cref="Now"/> for every timestamp the mutation writes.
/// </summary>
public sealed class WriteUnit(SalesGraphDbContext db, Caller caller, DateTime now, DateOnly today, string action, CancellationToken cancellationToken)
{
    /// <summary>The context; changes are saved, audited and committed by the runner when the mutation succeeds.</summary>
    public SalesGraphDbContext Db => db;

    /// <summary>Who writes.</summary>
    public Caller Caller => caller;

    /// <summary>The time of the mutation (UTC).</summary>
    public DateTime Now => now;

    /// <summary>The business date of <see cref="Now"/> (<see cref="Calendar.BusinessCalendar"/>): the default for business dates.</summary>
    public DateOnly Today => today;

    /// <summary>The mutation's name, e.g. <c>approveContract</c>.</summary>
    public string Action => action;

    /// <summary>The request's cancellation.</summary>
    public CancellationToken CancellationToken => cancellationToken;
}
