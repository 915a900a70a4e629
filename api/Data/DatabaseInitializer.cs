using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Data.Seeding;
using SalesGraph.Kpis;

namespace SalesGraph.Data;

/// <summary>
/// At start-up, before the app serves requests: applies pending EF migrations (never <c>EnsureCreated</c>, so the
/// database always has a migration history) and seeds the demo company into an empty database when
/// <c>Database:SeedDemoData</c> is true; computes the KPI summary tables of a database that has data but not them yet
/// (<c>Database:BackfillKpiFacts</c>). Registered with <c>AddHostedService</c>, so it also runs under
/// <c>WebApplicationFactory</c> in the integration tests.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<SalesGraphDbContext> contexts,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger,
    TimeProvider? clock = null) : IHostedService
{
    /// <summary>Migrates and seeds as configured.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await WaitForDatabaseAsync(context, settings, cancellationToken);
        if (settings.MigrateOnStartup)
        {
            var stopwatch = Stopwatch.StartNew();
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(pending, stopwatch.ElapsedMilliseconds);
        }

        if (settings.SeedDemoData && !await context.Regions.AnyAsync(cancellationToken))
        {
            // The demo's "today" is the date in China, where its sales team works.
            var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.AddHours(8));
            var result = DemoDataLoader.Load(context, DemoDataOptions.Demo, today);
            LogSeeded(result.TotalRows, (long)result.Elapsed.TotalMilliseconds, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        // Only on a database at this version: one that another instance or a deploy step has yet to migrate gets its
        // summary rows on the first start after that.
        if (settings.BackfillKpiFacts && !(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            && await KpiFacts.AreMissingAsync(context, cancellationToken))
        {
            var stopwatch = Stopwatch.StartNew();
            await KpiFacts.RebuildAsync(context, cancellationToken);
            LogBackfilled(stopwatch.ElapsedMilliseconds);
        }
    }

    private async Task WaitForDatabaseAsync(SalesGraphDbContext context, DatabaseOptions settings, CancellationToken cancellationToken)
    {
        var wait = settings.StartupWait;
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.CloseConnectionAsync();
                return;
            }
            catch (Exception ex) when (TransientFailure.IsTransient(ex) && stopwatch.Elapsed < wait)
            {
                LogWaiting(ex.Message, (long)stopwatch.Elapsed.TotalSeconds);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (System.Data.Common.DbException) when (settings.MigrateOnStartup)
            {
                // The server answered with an error, e.g. that the database does not exist yet: migrating creates it.
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the database ({Problem}), {Seconds} s so far")]
    private partial void LogWaiting(string problem, long seconds);

    /// <summary>Nothing to stop.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Pending} pending migrations applied) in {ElapsedMs} ms")]
    private partial void LogMigrated(int pending, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Computed the KPI summary tables from the base tables in {ElapsedMs} ms")]
    private partial void LogBackfilled(long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Rows} rows in {ElapsedMs} ms (today = {Today})")]
    private partial void LogSeeded(long rows, long elapsedMs, string today);
}
