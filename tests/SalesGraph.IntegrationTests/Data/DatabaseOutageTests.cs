using System.Diagnostics;
using System.Net;
using Npgsql;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Data;

/// <summary>
/// Issue 6: while the database is down, requests fail within 2 s with a clear error and <c>/healthz</c> says 503; when it
/// is back, the same instance serves again. The app reaches PostgreSQL through a <see cref="TcpProxy"/>, which the test
/// closes and reopens as a stand-in for the server stopping and starting: the port refuses connections and open ones
/// drop, so the request fails at once rather than after the connect timeout.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class DatabaseOutageTests
{
    private const string Query = "{ regions(first: 1) { totalCount } }";

    [PostgresFact]
    public async Task RequestsFailFastWhileTheDatabaseIsDownAndTheApiRecoversWhenItReturns()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresTestServer.NewDatabase());
        using var proxy = new TcpProxy(server.Host!, server.Port);
        proxy.Start();
        server.Host = "127.0.0.1";
        server.Port = proxy.Port;
        using var app = new SalesGraphApp(server.ConnectionString, ownsDatabase: true);
        var token = await app.TokenAsync("director");
        (await app.PostAsync(Query, token: token)).EnsureNoErrors();
        using var client = app.CreateClient();

        proxy.Stop();
        var stopwatch = Stopwatch.StartNew();
        var failed = await app.PostAsync(Query, token: token);
        stopwatch.Stop();
        using var unhealthy = await client.GetAsync("/healthz");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"the request took {stopwatch.Elapsed} with the database down");
        Assert.Contains("SERVICE_UNAVAILABLE", failed.ErrorCodes);
        Assert.Contains("database is unavailable", failed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);

        proxy.Start();
        var recovered = await EventuallyAsync(async () =>
        {
            using var health = await client.GetAsync("/healthz");
            var response = await app.PostAsync(Query, token: token);
            return health.StatusCode == HttpStatusCode.OK && response.Errors.Count == 0;
        });
        Assert.True(recovered, "the API did not serve again within 15 s of the database coming back");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
