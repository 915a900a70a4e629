using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Data;

/// <summary>The shared app runs on the provider the environment selects, so the whole suite covers both.</summary>
[Collection(SharedApp.Name)]
public sealed class ProviderSelectionTests(SalesGraphApp app)
{
    [Fact]
    public void TheSuiteRunsOnPostgresWhenAServerIsConfiguredAndOnSqliteOtherwise()
    {
        using var db = app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();

        var expected = PostgresTestServer.IsConfigured ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite";
        Assert.Equal(expected, db.Database.ProviderName);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task TheDemoCompanyIsBulkLoadedIntoPostgres()
    {
        Assert.True(PostgresTestServer.IsConfigured, PostgresTestServer.SkipReason);
        await using var db = app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();

        Assert.IsType<PostgresSalesGraphDbContext>(db);
        Assert.True(await db.Contracts.CountAsync() > 1000);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
