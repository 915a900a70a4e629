using SalesGraph.Auth;
using SalesGraph.Data;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// One mutation's unit of work, handed to it by <see cref="MutationRunner"/>: a tracking <see cref="Db"/> inside an
/// open transaction, the <see cref="Caller"/> and one <see cref="Now"/> for every timestamp the mutation writes.
/// </summary>
public sealed class WriteUnit(SalesGraphDbContext db, Caller caller, DateTime now, string action, CancellationToken cancellationToken)
{
    /// <summary>The context; changes are saved, audited and committed by the runner when the mutation succeeds.</summary>
    public SalesGraphDbContext Db => db;

    /// <summary>Who writes.</summary>
    public Caller Caller => caller;

    /// <summary>The time of the mutation (UTC).</summary>
    public DateTime Now => now;

    /// <summary>Today in China, where the sales team works: the default for business dates.</summary>
    public DateOnly Today => DateOnly.FromDateTime(now.AddHours(8));

    /// <summary>The mutation's name, e.g. <c>approveContract</c>.</summary>
    public string Action => action;

    /// <summary>The request's cancellation.</summary>
    public CancellationToken CancellationToken => cancellationToken;
}
