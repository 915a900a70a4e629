using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>
/// The real app (its own registration, HTTP pipeline and start-up migration and demo seeding) on a fresh database,
/// shared by every test of the <see cref="SharedApp"/>: a SQLite file, or a new PostgreSQL database on the server
/// that <c>SALESGRAPH_TEST_POSTGRES</c> names (see <see cref="PostgresTestServer"/>).
/// </summary>
public sealed class SalesGraphApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("salesgraph-tests-").FullName;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly bool _ownsDatabase;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>The app on a fresh database of the provider the environment selects.</summary>
    public SalesGraphApp()
        : this(PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null, ownsDatabase: true)
    {
    }

    /// <summary>
    /// The app on PostgreSQL at <paramref name="postgresConnectionString"/> (SQLite when null), with extra configuration
    /// <paramref name="settings"/>. With <paramref name="ownsDatabase"/>, the database is dropped on disposal.
    /// </summary>
    internal SalesGraphApp(
        string? postgresConnectionString, bool ownsDatabase, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        PostgresConnectionString = postgresConnectionString;
        _services = services;
        _ownsDatabase = ownsDatabase;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The PostgreSQL database the app runs on; null when it runs on SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>Today in the app's business calendar (the date its writes and KPIs use).</summary>
    public DateOnly Today => Services.GetRequiredService<SalesGraph.Calendar.BusinessCalendar>().Today;

    /// <summary>Counts the SQL statements the app sends.</summary>
    public SqlCounter Sql { get; } = new();

    /// <summary>A fault a test can arm to fail one mutation between its writes and its commit.</summary>
    public ArmedWriteFault Faults { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "salesgraph.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (PostgresConnectionString is null)
        {
            builder.UseSetting("ConnectionStrings:SalesGraph", $"Data Source={DatabasePath}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:SalesGraph", PostgresConnectionString);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Sql).AddSingleton<SalesGraph.Resolving.Writes.IWriteFault>(Faults);
            _services?.Invoke(services);
        });
    }

    /// <summary>The development password of every demo account (README).</summary>
    public const string DemoPassword = "SalesGraph!2026";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    /// <summary>A real access token of a demo account, from <c>POST /auth/token</c> (people: password grant; <c>bi</c>, <c>erp</c>, <c>planning</c>: client credentials).</summary>
    public Task<string> TokenAsync(string username) => _tokens.GetOrAdd(username, async name =>
    {
        using var client = CreateClient();
        object form = name is "bi" or "erp" or "planning"
            ? new { grant_type = "client_credentials", client_id = name, client_secret = DemoPassword }
            : new { grant_type = "password", username = name, password = DemoPassword };
        using var response = await client.PostAsJsonAsync("/auth/token", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Login of {name} failed: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    });

    /// <summary>Posts a GraphQL request and returns the status code and parsed body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase && PostgresConnectionString is not null)
        {
            PostgresTestServer.DropDatabase(PostgresConnectionString);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS temp cleaner gets it.
        }
    }
}

/// <summary>A GraphQL response: status, body and raw text.</summary>
public sealed record GraphQLResponse(int Status, JsonObject Body, string Text)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    /// <summary>Fails with the whole response when it carries errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.True(Errors.Count == 0, $"Unexpected errors: {Text}");
        return this;
    }

    public IEnumerable<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>());

    public override string ToString() => JsonSerializer.Serialize(Body);
}

/// <summary>The tests that share one running app and database.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<SalesGraphApp>
{
    public const string Name = "app";
}
