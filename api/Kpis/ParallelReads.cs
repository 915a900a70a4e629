using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SalesGraph.Data;

namespace SalesGraph.Kpis;

/// <summary>
/// Runs independent read-only queries of a full KPI rebuild side by side, one connection per core (at most
/// <see cref="MaxReaders"/>): the rebuild's GROUP BYs are CPU-bound in SQLite, one core each. The first reader is the
/// caller's context; the others are new contexts of its type and options, which works only when the options name a
/// database the other connections reach (a connection string to a file or a server, not an in-memory SQLite database or a
/// connection object handed over), so otherwise, or when not asked, the reads run one after the other on the caller's
/// context. Other connections see only committed rows: the caller asks for side-by-side reads only when the rows read
/// are committed.
/// </summary>
public static class ParallelReads
{
    /// <summary>Readers at most, whatever the number of cores.</summary>
    public const int MaxReaders = 4;

    /// <summary>Runs <paramref name="reads"/> and returns their results in their order.</summary>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(
        SalesGraphDbContext db, IReadOnlyList<Func<SalesGraphDbContext, Task<T>>> reads, bool parallel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reads);
        var results = new T[reads.Count];
        var readers = parallel && CanOpenOthers(db) ? Math.Min(Math.Min(Environment.ProcessorCount, MaxReaders), reads.Count) : 1;
        if (readers <= 1)
        {
            for (var i = 0; i < reads.Count; i++)
            {
                results[i] = await reads[i](db);
            }

            return results;
        }

        var next = -1;
        async Task ReadWithAsync(SalesGraphDbContext context)
        {
            for (var i = Interlocked.Increment(ref next); i < reads.Count; i = Interlocked.Increment(ref next))
            {
                results[i] = await reads[i](context);
            }
        }

        var options = db.GetService<IDbContextOptions>();
        var others = Enumerable.Range(1, readers - 1).Select(_ => Task.Run(async () =>
        {
            await using var context = (SalesGraphDbContext)Activator.CreateInstance(db.GetType(), options)!;
            context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            await ReadWithAsync(context);
        }, ct)).ToList();
        await ReadWithAsync(db);
        await Task.WhenAll(others);
        return results;
    }

    private static bool CanOpenOthers(SalesGraphDbContext db)
    {
        var relational = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        if (relational.Connection is not null || string.IsNullOrEmpty(relational.ConnectionString)
            || db.GetType().GetConstructor([db.GetService<IDbContextOptions>().GetType()]) is null)
        {
            return false;
        }

        if (!db.Database.IsSqlite())
        {
            return true;
        }

        var sqlite = new SqliteConnectionStringBuilder(relational.ConnectionString);
        return sqlite.Mode != SqliteOpenMode.Memory && sqlite.DataSource is not ("" or ":memory:");
    }
}
