using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Data;

/// <summary>
/// Issue 6: two instances on one PostgreSQL database serve the same data, and nothing one needs lives only in the
/// other's memory.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string FirstCustomer = "{ customers(first: 1) { nodes { id name } } }";

    [PostgresFact]
    public async Task ATokenIssuedByOneInstanceIsAcceptedByTheOther()
    {
        var token = await instances.First.TokenAsync("director");

        var response = await instances.Second.PostAsync("{ regions(first: 1) { totalCount } }", token: token);

        response.EnsureNoErrors();
        Assert.True(response.Data!["regions"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [PostgresFact]
    public async Task AChangeWrittenThroughOneInstanceIsReadThroughTheOther()
    {
        var token = await instances.Second.TokenAsync("director");
        var before = (await instances.Second.PostAsync(FirstCustomer, token: token)).EnsureNoErrors();
        var id = CustomerId(before);

        await using (var db = Database(instances.First))
        {
            var customer = await db.Customers.AsTracking().SingleAsync(c => c.Id == id);
            customer.Name = "Written through the first instance";
            customer.Version++;
            await db.SaveChangesAsync();
        }

        var after = (await instances.Second.PostAsync(FirstCustomer, token: token)).EnsureNoErrors();
        Assert.Equal("Written through the first instance", after.Data!["customers"]!["nodes"]![0]!["name"]!.GetValue<string>());
    }

    [PostgresFact]
    public async Task TwoInstancesUpdatingTheSameCustomerLoseNoUpdate()
    {
        var token = await instances.First.TokenAsync("director");
        var id = CustomerId((await instances.First.PostAsync(FirstCustomer, token: token)).EnsureNoErrors());
        await using var first = Database(instances.First);
        await using var second = Database(instances.Second);
        // Both read the same version before either writes: the classic lost-update race.
        var seenByFirst = await first.Customers.AsTracking().SingleAsync(c => c.Id == id);
        var seenBySecond = await second.Customers.AsTracking().SingleAsync(c => c.Id == id);

        seenByFirst.ContactPerson = "First writer";
        seenByFirst.Version++;
        await first.SaveChangesAsync();
        seenBySecond.ContactPerson = "Second writer";
        seenBySecond.Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = Database(instances.Second);
        var stored = await check.Customers.SingleAsync(c => c.Id == id);
        Assert.Equal("First writer", stored.ContactPerson);
        Assert.Equal(seenByFirst.Version, stored.Version);
    }

    [PostgresFact]
    public async Task FailedSignInsThroughOneInstanceBlockSignInThroughTheOther()
    {
        using var first = instances.First.CreateClient();
        using var second = instances.Second.CreateClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var refused = await first.PostAsJsonAsync("/auth/token",
                new { grant_type = "password", username = "rep.north.1", password = "wrong guess" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var blocked = await second.PostAsJsonAsync("/auth/token",
            new { grant_type = "password", username = "rep.north.1", password = SalesGraphApp.DemoPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
    }

    [PostgresFact]
    public async Task RowsAddedAfterTheBulkLoadGetNewIds()
    {
        await using var db = Database(instances.Second);
        var highest = await db.Regions.MaxAsync(r => r.Id);
        var region = new SalesGraph.Data.Entities.Region { Code = "TEST-" + Guid.NewGuid().ToString("N")[..8], Name = "Added after the load", Path = "/" };
        db.Regions.Add(region);

        await db.SaveChangesAsync();

        Assert.True(region.Id > highest, $"new id {region.Id} should follow the loaded ids (highest {highest})");
    }

    private static SalesGraphDbContext Database(SalesGraphApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();

    private static int CustomerId(GraphQLResponse response)
    {
        var globalId = response.Data!["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        return SalesGraph.GraphQL.Relay.GlobalId.Expect(globalId, "Customer", "id");
    }
}
