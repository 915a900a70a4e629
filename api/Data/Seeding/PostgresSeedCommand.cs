using System.Globalization;
using SalesGraph.Calendar;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// <c>dotnet run --project api -- seed-postgres --connection "Host=...;Database=..." [--contracts N] [--seed S]
/// [--today yyyy-MM-dd] [--time-zone ID] [--force]</c>: migrates a PostgreSQL database (creating it if needed) and fills it with the
/// demo generator scaled to N contracts through COPY (<see cref="PostgresBulkWriter"/>); <c>--force</c> drops and
/// recreates the database first.
/// </summary>
public static class PostgresSeedCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? connection = null;
        var options = new DemoDataOptions { Contracts = DemoDataOptions.Demo.Contracts, Seed = DemoDataOptions.Demo.Seed };
        var zone = BusinessTimeZone.FromId(Environment.GetEnvironmentVariable("Business__TimeZone") is { Length: > 0 } configured ? configured : BusinessTimeZone.DefaultId);
        DateOnly? given = null;
        var force = false;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--connection": connection = args[++i]; break;
                    case "--contracts": options = new DemoDataOptions { Contracts = int.Parse(args[++i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), Seed = options.Seed }; break;
                    case "--seed": options = new DemoDataOptions { Contracts = options.Contracts, Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                    case "--today": given = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                    case "--time-zone": zone = BusinessTimeZone.FromId(args[++i]); break;
                    case "--force": force = true; break;
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

        if (connection is null)
        {
            return Usage("--connection is required");
        }

        var builder = new DbContextOptionsBuilder<PostgresSalesGraphDbContext>();
        // Generous timeouts: a large load is one long transaction, unlike a request.
        DataFeature.ConfigurePostgres(builder, new NpgsqlConnectionStringBuilder(connection) { Timeout = 30, CommandTimeout = 0 }.ConnectionString);
        await using var context = new PostgresSalesGraphDbContext(builder.Options);
        if (force)
        {
            await context.Database.EnsureDeletedAsync();
        }

        await context.Database.MigrateAsync();
        if (await context.Regions.AnyAsync())
        {
            return Usage("the database already holds data; pass --force to replace it");
        }

        var result = DemoDataLoader.Load(context, options, today, zone);
        foreach (var (table, rows) in result.RowCounts.OrderByDescending(r => r.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-16} {rows,12:N0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s = {result.RowsPerSecond:N0} rows/s (generation, COPY, foreign key checks and ANALYZE included; KPI summary tables {result.SummaryElapsed.TotalSeconds:F1} s of it)"));
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"seed-postgres: {problem}");
        Console.Error.WriteLine("usage: seed-postgres --connection CONNSTRING [--contracts N] [--seed S] [--today yyyy-MM-dd] [--time-zone ID] [--force]");
        return 2;
    }
}
