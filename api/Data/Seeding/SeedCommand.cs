using System.Diagnostics;
using System.Globalization;
using SalesGraph.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// <c>dotnet run --project api -- seed [--contracts N] [--db FILE] [--seed S] [--today yyyy-MM-dd] [--time-zone ID] [--force] [--dry-run]</c>:
/// creates and migrates a SQLite file, fills it with the demo generator scaled to N contracts (customers and staff
/// grow with it) and prints the rows written per second.
/// </summary>
public static class SeedCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var contracts = DemoDataOptions.Demo.Contracts;
        var seed = DemoDataOptions.Demo.Seed;
        var database = "bench.db";
        var force = false;
        var dryRun = false;
        var zone = BusinessTimeZone.FromId(Environment.GetEnvironmentVariable("Business__TimeZone") is { Length: > 0 } configured ? configured : BusinessTimeZone.DefaultId);
        DateOnly? given = null;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--contracts": contracts = int.Parse(args[++i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                    case "--db": database = args[++i]; break;
                    case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--today": given = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                    case "--time-zone": zone = BusinessTimeZone.FromId(args[++i]); break;
                    case "--force": force = true; break;
                    case "--dry-run": dryRun = true; break;
                    default: return Usage($"unknown argument '{args[i]}'");
                }
            }
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            return Usage(e.Message);
        }

        // The demo's "today" is the business date (docs/decisions/015-business-calendar.md), unless --today fixes it.
        var today = given ?? new BusinessCalendar(TimeProvider.System, zone).Today;

        if (contracts < 1)
        {
            return Usage("--contracts must be positive");
        }

        if (dryRun)
        {
            // Generation alone, to tell generator time from insert time.
            var counter = new CountingBulkWriter();
            var watch = Stopwatch.StartNew();
            new DemoDataGenerator(new DemoDataOptions { Contracts = contracts, Seed = seed }).Generate(today, zone, counter);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {counter.RowCounts.Values.Sum():N0} rows in {watch.Elapsed.TotalSeconds:F1} s without writing them"));
            return 0;
        }

        if (File.Exists(database))
        {
            if (!force)
            {
                return Usage($"{database} exists; pass --force to replace it");
            }

            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }

        var builder = new DbContextOptionsBuilder<SqliteSalesGraphDbContext>();
        DataFeature.ConfigureSqlite(builder, $"Data Source={database}");
        var stopwatch = Stopwatch.StartNew();
        await using (var migrator = new SqliteSalesGraphDbContext(builder.Options))
        {
            await migrator.Database.MigrateAsync();
        }

        Console.WriteLine($"migrated {database} in {stopwatch.ElapsedMilliseconds} ms");

        // The load switches the journal off, which SQLite allows only while no other connection (pooled ones
        // included) has the file open.
        SqliteConnection.ClearAllPools();
        await using var context = new SqliteSalesGraphDbContext(builder.Options);
        var result = DemoDataLoader.Load(context, new DemoDataOptions { Contracts = contracts, Seed = seed }, today, zone, exclusive: true);
        foreach (var (table, rows) in result.RowCounts.OrderByDescending(r => r.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-16} {rows,12:N0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s = {result.RowsPerSecond:N0} rows/s (generation, insert, indexes and ANALYZE included; KPI summary tables {result.SummaryElapsed.TotalSeconds:F1} s of it)"));
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"seed: {problem}");
        Console.Error.WriteLine("usage: seed [--contracts N] [--db FILE] [--seed S] [--today yyyy-MM-dd] [--time-zone ID] [--force] [--dry-run]");
        return 2;
    }
}
