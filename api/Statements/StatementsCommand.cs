using System.Globalization;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Statements;

/// <summary>
/// <c>dotnet SalesGraph.Api.dll statements [--month yyyy-MM]</c>: generates a month's statements (default: the month
/// before the current one, for a month-end job) against the database the API is configured with, through the same
/// mutation, transaction and audit log as <c>generateStatements</c>, as the finance role (actor <c>cli:statements</c>).
/// Idempotent: run it again and it generates only what is missing.
/// </summary>
public static class StatementsCommand
{
    /// <summary>The actor name the audit log shows for the command.</summary>
    public const string Actor = "cli:statements";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? month = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--month" && i + 1 < args.Length)
            {
                month = args[++i];
            }
            else
            {
                rest.Add(args[i]); // configuration overrides, e.g. --Database:Path=…
            }
        }

        var builder = WebApplication.CreateBuilder([.. rest]);
        builder.Services.AddBusinessCalendar();
        builder.Services.AddData(builder.Configuration);
        builder.Services.AddWrites();
        await using var app = builder.Build();
        var today = app.Services.GetRequiredService<BusinessCalendar>().Today;
        DateOnly first;
        if (month is null)
        {
            first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
        else if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            await Console.Error.WriteLineAsync("usage: statements [--month yyyy-MM]");
            return 2;
        }

        var caller = new Caller(null, Actor, StaffRole.Finance, null, null, true, new HashSet<string>(StringComparer.Ordinal), ClientKind.Integration);
        var input = new GenerateStatementsInput { Year = first.Year, Month = first.Month };
        var payload = await app.Services.GetRequiredService<MutationRunner>()
            .RunAsync(caller, StatementMutations.Generate, w => StatementMutations.GenerateAsync(w, input), CancellationToken.None);
        if (!payload.Succeeded)
        {
            foreach (var error in payload.Errors)
            {
                await Console.Error.WriteLineAsync($"{error.Code}: {error.Message}");
            }

            return 1;
        }

        var run = (StatementRun)payload.Entity!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"statements {run.Year}-{run.Month:00}: {run.Generated} generated, {run.AlreadyThere} already there"));
        return 0;
    }
}
