using System.Globalization;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesGraph.Auth;

namespace SalesGraph.Benchmarks;

/// <summary>
/// The real app's registration (Program.cs, via <see cref="WebApplicationFactory{TEntryPoint}"/>) on the benchmark data
/// set, executing documents with its own schema and executer in process: no HTTP, no token validation, so the figures
/// are the cost of the GraphQL execution and the SQL behind it.
/// </summary>
/// <param name="today">The day the app takes for today (the request's "current year" follows it); null: the real
/// day, unless <c>SALESGRAPH_BENCH_TODAY=yyyy-MM-dd</c> names another.</param>
/// <param name="services">Extra registrations, e.g. an interceptor counting SQL statements.</param>
public sealed class InProcessApi(DateOnly? today = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file, or null when the environment selects PostgreSQL (<c>Database__Provider=Postgres</c> and
    /// <c>ConnectionStrings__SalesGraph</c>, which the app reads itself).</summary>
    private readonly string? _database = BenchDatabase.IsPostgres ? null : BenchDatabase.Path();

    /// <summary>Points the host at the api folder: BenchmarkDotNet runs this assembly far from the solution layout.</summary>
    protected override IHostBuilder? CreateHostBuilder()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_CONTENTROOT", BenchDatabase.ApiDirectory());
        return base.CreateHostBuilder();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(BenchDatabase.ApiDirectory());
        builder.UseEnvironment("Development"); // its settings carry a signing key; nothing here issues tokens
        if (_database is not null)
        {
            builder.UseSetting("ConnectionStrings:SalesGraph", $"Data Source={_database}");
        }

        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // SALESGRAPH_BENCH_TODAY=yyyy-MM-dd measures as of another day, e.g. mid-month, where the overdue balance of today
        // reads the most day rows.
        var day = Environment.GetEnvironmentVariable("SALESGRAPH_BENCH_TODAY") is { Length: > 0 } named
            ? DateOnly.ParseExact(named, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : today;
        if (day is { } fixedDay)
        {
            var noon = fixedDay.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FixedClock(noon)));
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    private sealed class FixedClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow);
    }

    /// <summary>A principal as the token handler would build it for a local account.</summary>
    public static ClaimsPrincipal Principal(string username, string role, int? staffId = null, int? regionId = null)
    {
        var claims = new List<Claim>
        {
            new(SalesGraphClaimTypes.Subject, "1"),
            new(SalesGraphClaimTypes.Name, username),
            new(SalesGraphClaimTypes.Role, role),
        };
        if (staffId is { } s)
        {
            claims.Add(new Claim(SalesGraphClaimTypes.StaffId, s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (regionId is { } r)
        {
            claims.Add(new Claim(SalesGraphClaimTypes.RegionId, r.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationFeature.LocalAuthenticationType, SalesGraphClaimTypes.Name, SalesGraphClaimTypes.Role));
    }

    /// <summary>Executes <paramref name="query"/> as <paramref name="user"/>; throws on any error in the result.</summary>
    public async Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal user)
    {
        using var scope = Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            User = user,
            RequestServices = scope.ServiceProvider,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}")));
        }

        return result;
    }
}
