namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server: skipped with a visible reason when <c>SALESGRAPH_TEST_POSTGRES</c> is not set
/// locally, but run (and so failing with that reason) when <c>CI=true</c>, where the server must be there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestServer.IsConfigured && !PostgresTestServer.IsCi)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
