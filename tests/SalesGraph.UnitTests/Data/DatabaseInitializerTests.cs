using SalesGraph.Calendar;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.UnitTests.Data;

public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly TemporaryDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task StartUpMigratesAnEmptyDatabaseAndSeedsTheDemoCompanyOnlyOnce()
    {
        await using var services = Services(seed: true);

        await Initializer(services).StartAsync(CancellationToken.None);
        await Initializer(services).StartAsync(CancellationToken.None);

        await using var context = database.NewContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(20_000, await context.Contracts.CountAsync());
        Assert.Equal(4, await context.Regions.CountAsync(r => r.Level == 1));
        Assert.True(await context.Accounts.AnyAsync(a => a.Username == "rep.east.1"));
        // The clock says 2025-06-30 in China: the history runs up to the day before.
        Assert.InRange((await context.Contracts.MaxAsync(c => c.SignedOn))!.Value, new DateOnly(2025, 6, 22), new DateOnly(2025, 6, 29));
    }

    [Fact]
    public async Task StartUpOnlyMigratesWhenDemoDataIsSwitchedOff()
    {
        await using var services = Services(seed: false);

        await Initializer(services).StartAsync(CancellationToken.None);

        await using var context = database.NewContext();
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.False(await context.Regions.AnyAsync());
    }

    private ServiceProvider Services(bool seed)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesGraph"] = database.ConnectionString,
            ["Database:SeedDemoData"] = seed ? "true" : "false",
        }).Build();
        return new ServiceCollection().AddLogging().AddData(configuration).BuildServiceProvider();
    }

    private static DatabaseInitializer Initializer(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<DatabaseInitializer>(services, new BusinessCalendar(new FixedClock(new DateTimeOffset(2025, 6, 29, 18, 0, 0, TimeSpan.Zero)), BusinessTimeZone.Default));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
