using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesGraph.Calendar;
using SalesGraph.Kpis;

namespace SalesGraph.Data.Seeding;

/// <summary>Generates demo data straight into the database behind a context, with the provider's bulk writer.</summary>
public static class DemoDataLoader
{
    /// <summary>What a load wrote and how long it took, and how much of that the KPI summary tables took.</summary>
    public sealed record Result(IReadOnlyDictionary<string, long> RowCounts, TimeSpan Elapsed, TimeSpan SummaryElapsed)
    {
        /// <summary>All rows over all tables.</summary>
        public long TotalRows => RowCounts.Values.Sum();

        /// <summary>Rows written per second of wall time (generation included).</summary>
        public double RowsPerSecond => TotalRows / Math.Max(Elapsed.TotalSeconds, 1e-9);
    }

    /// <summary>
    /// Generates the data set for <paramref name="today"/> (dates and office hours in <paramref name="zone"/>) and writes it in one transaction, then computes the KPI
    /// summary tables from it (<see cref="KpiFacts.RebuildAsync"/>). The database must be migrated and empty (ids are assigned by the generator). With <paramref name="exclusive"/>
    /// the caller guarantees no other connection has the file open (see <see cref="SqliteBulkWriter"/>).
    /// </summary>
    public static Result Load(SalesGraphDbContext context, DemoDataOptions options, DateOnly today, BusinessTimeZone zone, bool exclusive = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        context.Database.OpenConnection();
        try
        {
            using IBulkWriter writer = context.Database.GetDbConnection() switch
            {
                SqliteConnection sqlite => new SqliteBulkWriter(sqlite, context.Model, exclusive),
                NpgsqlConnection npgsql => new PostgresBulkWriter(npgsql, context.Model),
                _ => throw new NotSupportedException($"No bulk writer for {context.Database.ProviderName}."),
            };
            new DemoDataGenerator(options).Generate(today, zone, writer);
            writer.Complete();
            var summaryStarted = stopwatch.Elapsed;
            KpiFacts.RebuildAsync(context, CancellationToken.None).GetAwaiter().GetResult();
            var summaryElapsed = stopwatch.Elapsed - summaryStarted;
            if (context.Database.GetDbConnection() is SqliteConnection connection)
            {
                using var optimize = connection.CreateCommand();
                // Fresh statistics let the planner pick the indexes the moment the app starts querying.
                optimize.CommandText = "PRAGMA analysis_limit=1000; ANALYZE;";
                optimize.ExecuteNonQuery();
            }

            return new Result(new Dictionary<string, long>(writer.RowCounts), stopwatch.Elapsed, summaryElapsed);
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }
}
