using System.Security.Claims;
using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.UnitTests.GraphQL.Testing;

/// <summary>
/// A web app with the transport exactly as Program.cs wires it, over <see cref="TinySchema"/>: in memory (TestServer)
/// or on a real loopback port for the graphql-http audit.
/// </summary>
public sealed class TinyGraphQLApp : IAsyncDisposable
{
    /// <summary>The request header that makes the test middleware sign a user in with that name.</summary>
    public const string TestUserHeader = "X-Test-User";

    private TinyGraphQLApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public ConcurrencyProbe Probe => App.Services.GetRequiredService<ConcurrencyProbe>();

    public CapturedLogs Logs => App.Services.GetRequiredService<CapturedLogs>();

    public static async Task<TinyGraphQLApp> StartAsync(string environment = "Development", bool onLoopbackPort = false,
        IDictionary<string, string?>? settings = null, string? webRootPath = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRootPath,
        });
        if (onLoopbackPort)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<ConcurrencyProbe>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<TinySchema>()
            .AddSystemTextJson()
            .AddStableErrorCodes());
        builder.Services.AddGraphQLTransport(builder.Configuration);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(TestUserHeader, out var name))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "test"));
            }

            return next(context);
        });
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        return new TinyGraphQLApp(app);
    }

    /// <summary>The root URL of the app when it listens on a loopback port.</summary>
    public string Address => App.Urls.First();

    public HttpClient CreateClient() => App.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
