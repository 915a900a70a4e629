using SalesGraph.Data;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// Rows computed from other rows (the KPI summary tables), kept in step with every mutation by
/// <see cref="MutationRunner"/> inside the mutation's transaction, so no mutation needs code of its own for them.
/// </summary>
public interface IDerivedRows
{
    /// <summary>
    /// Looks at the tracked changes before they are saved (while the database still holds the old values) and returns
    /// the work that brings the derived rows up to date, which the runner calls right after saving them.
    /// </summary>
    Task<Func<CancellationToken, Task>> PrepareAsync(SalesGraphDbContext db, CancellationToken ct);
}
