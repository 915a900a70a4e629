using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Seeding;

namespace SalesGraph.UnitTests.Data.Seeding;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TemporaryDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task SeedCreatesAMigratedDatabaseWithTheRequestedNumberOfContracts()
    {
        var exit = await SeedCommand.RunAsync(["--contracts", "400", "--db", database.Path, "--today", "2026-11-24"]);

        Assert.Equal(0, exit);
        await using var context = database.NewContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(400, await context.Contracts.CountAsync());
        Assert.Equal(40, await context.Customers.CountAsync());
        Assert.Equal("wal", (await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single());
    }

    [Fact]
    public async Task SeedRefusesToReplaceAnExistingFileWithoutForce()
    {
        await File.WriteAllTextAsync(database.Path, "");

        Assert.Equal(2, await SeedCommand.RunAsync(["--db", database.Path]));
        Assert.Equal(0, new FileInfo(database.Path).Length);
    }

    [Fact]
    public async Task SeedRejectsUnknownArguments()
    {
        Assert.Equal(2, await SeedCommand.RunAsync(["--contracts", "many"]));
        Assert.Equal(2, await SeedCommand.RunAsync(["--frobnicate"]));
    }
}
