using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Data;

/// <summary>
/// Two API instances on one fresh PostgreSQL database, as behind a load balancer. Started on first use, so a test
/// class whose tests are all skipped (no server configured) never starts them.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    private readonly Lazy<(SalesGraphApp First, SalesGraphApp Second)> _apps = new(Start);

    /// <summary>The instance that created and seeded the database.</summary>
    public SalesGraphApp First => _apps.Value.First;

    /// <summary>A second instance on the same database, started after the first.</summary>
    public SalesGraphApp Second => _apps.Value.Second;

    public void Dispose()
    {
        if (_apps.IsValueCreated)
        {
            _apps.Value.Second.Dispose();
            _apps.Value.First.Dispose();
        }
    }

    private static (SalesGraphApp, SalesGraphApp) Start()
    {
        var database = PostgresTestServer.NewDatabase();
        var settings = new Dictionary<string, string?> { ["LoginThrottle:MaxFailures"] = "3" };
        var first = new SalesGraphApp(database, ownsDatabase: true, settings);
        _ = first.Server;
        var second = new SalesGraphApp(database, ownsDatabase: false, settings);
        _ = second.Server;
        return (first, second);
    }
}
