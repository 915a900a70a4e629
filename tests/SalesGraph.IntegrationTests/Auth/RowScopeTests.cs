using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>
/// Row scopes, checked against the database read directly (not through the declaration): a rep sees exactly its own
/// customers and contracts, a manager and support clerk their region's subtree, director and finance everything, admin
/// no business rows; out-of-scope rows are absent from lists, counts and nested relations, and read as not found by id.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RowScopeTests(SalesGraphApp app)
{
    [Fact]
    public async Task RepSeesExactlyItsOwnCustomersAndContractsInListsAndCounts()
    {
        var token = await app.TokenAsync("rep.east.1");
        var staffId = await StaffIdOfAsync("rep.east.1");
        await using var db = Db();
        var ownCustomers = await db.Customers.CountAsync(c => c.OwnerId == staffId);
        var ownContracts = await db.Contracts.CountAsync(c => c.OwnerId == staffId);
        Assert.True(ownCustomers > 0 && ownContracts > 0);

        var response = (await app.PostAsync(
            "{ me { staff { id } } customers(first: 500) { totalCount nodes { owner { id } } } contracts(first: 1) { totalCount } }", null, token)).EnsureNoErrors();
        var me = response.Data!["me"]!["staff"]!["id"]!.GetValue<string>();
        Assert.Equal(ownCustomers, response.Data!["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(ownContracts, response.Data!["contracts"]!["totalCount"]!.GetValue<int>());
        Assert.All(response.Data!["customers"]!["nodes"]!.AsArray(), n => Assert.Equal(me, n!["owner"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ManagerAndSupportSeeTheirRegionSubtreeOnly()
    {
        await using var db = Db();
        var east = await db.Regions.SingleAsync(r => r.Code == "EAST");
        var eastCustomers = await db.Customers.CountAsync(c => c.Region!.Path.StartsWith(east.Path));
        var eastContracts = await db.Contracts.CountAsync(c => c.Region!.Path.StartsWith(east.Path));
        foreach (var account in new[] { "manager.east", "support.east" })
        {
            var response = (await app.PostAsync(
                "{ customers(first: 200) { totalCount nodes { region { code parent { code } } } } contracts(first: 1) { totalCount } }", null, await app.TokenAsync(account)))
                .EnsureNoErrors();
            Assert.Equal(eastCustomers, response.Data!["customers"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(eastContracts, response.Data!["contracts"]!["totalCount"]!.GetValue<int>());
            Assert.All(response.Data!["customers"]!["nodes"]!.AsArray(), n =>
                Assert.Equal("EAST", n!["region"]!["parent"]?["code"]?.GetValue<string>() ?? n["region"]!["code"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task DirectorAndFinanceSeeEverythingAndAdminNoBusinessRows()
    {
        await using var db = Db();
        var customers = await db.Customers.CountAsync();
        const string Query = "{ customers { totalCount } contracts { totalCount } invoices { totalCount } regions { totalCount } }";
        foreach (var account in new[] { "director", "finance" })
        {
            var data = (await app.PostAsync(Query, null, await app.TokenAsync(account))).EnsureNoErrors().Data!;
            Assert.Equal(customers, data["customers"]!["totalCount"]!.GetValue<int>());
        }

        var admin = (await app.PostAsync(Query, null, await app.TokenAsync("admin"))).EnsureNoErrors().Data!;
        Assert.Equal(0, admin["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, admin["contracts"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, admin["invoices"]!["totalCount"]!.GetValue<int>());
        Assert.True(admin["regions"]!["totalCount"]!.GetValue<int>() > 4);
    }

    [Fact]
    public async Task AnOutOfScopeRowReadsExactlyLikeOneThatDoesNotExist()
    {
        var other = await StaffIdOfAsync("rep.north.1");
        await using var db = Db();
        var foreignCustomer = await db.Customers.Where(c => c.OwnerId == other).Select(c => c.Id).FirstAsync();
        var foreignId = SalesGraph.GraphQL.Relay.GlobalId.Encode("Customer", foreignCustomer);
        var missingId = SalesGraph.GraphQL.Relay.GlobalId.Encode("Customer", 99_999_999);
        var token = await app.TokenAsync("rep.east.1");

        foreach (var query in new[] { "query($id: ID!) { customer(id: $id) { name } }", "query($id: ID!) { node(id: $id) { id } }" })
        {
            var foreign = await app.PostAsync(query, new { id = foreignId }, token);
            var missing = await app.PostAsync(query, new { id = missingId }, token);
            Assert.Equal(["NOT_FOUND"], foreign.ErrorCodes);
            Assert.Equal(missing.Errors[0]!["message"]!.GetValue<string>(), foreign.Errors[0]!["message"]!.GetValue<string>());
            Assert.Equal(missing.Data!.ToJsonString(), foreign.Data!.ToJsonString());
        }

        // The director sees it, so the id is real.
        var director = await app.PostAsync("query($id: ID!) { customer(id: $id) { name } }", new { id = foreignId }, await app.TokenAsync("director"));
        director.EnsureNoErrors();
    }

    [Fact]
    public async Task NestedRelationsNeverLeakOutOfScopeRows()
    {
        var token = await app.TokenAsync("rep.east.1");
        var me = await StaffIdOfAsync("rep.east.1");
        var response = (await app.PostAsync(
            "{ staff(first: 200) { nodes { id customers(first: 5) { totalCount nodes { owner { id } } } } } regions(first: 50) { nodes { customers(first: 5) { totalCount } } } }", null, token))
            .EnsureNoErrors();
        var myId = SalesGraph.GraphQL.Relay.GlobalId.Encode("Staff", me);
        foreach (var staff in response.Data!["staff"]!["nodes"]!.AsArray())
        {
            var count = staff!["customers"]!["totalCount"]!.GetValue<int>();
            if (staff["id"]!.GetValue<string>() != myId)
            {
                Assert.Equal(0, count);
            }
        }

        await using var db = Db();
        var own = await db.Customers.CountAsync(c => c.OwnerId == me);
        var viaRegions = response.Data!["regions"]!["nodes"]!.AsArray().Sum(r => r!["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(own, viaRegions);
    }

    [Fact]
    public async Task WithoutAValidTokenEveryOperationIsRefusedWith401()
    {
        foreach (var token in new string?[] { null, "not-a-token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0." })
        {
            var response = await app.PostAsync("{ __typename }", null, token);
            Assert.Equal(401, response.Status);
            Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task IntrospectionIsOpenToAuthenticatedCallers()
    {
        var response = await app.PostAsync("{ __schema { queryType { name } } }", null, await app.TokenAsync("bi"));
        response.EnsureNoErrors();
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task MeTellsEachRoleItsScopeFieldsAndActions()
    {
        const string Query = "{ me { username role scope fields { type field access } actions } }";
        var rep = (await app.PostAsync(Query, null, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["me"]!;
        Assert.Equal("SALES_REP", rep["role"]!.GetValue<string>());
        Assert.Equal("OWN", rep["scope"]!.GetValue<string>());
        string Access(System.Text.Json.Nodes.JsonNode me, string type, string field) =>
            me["fields"]!.AsArray().Single(f => f!["type"]!.GetValue<string>() == type && f["field"]!.GetValue<string>() == field)!["access"]!.GetValue<string>();
        Assert.Equal("DENY", Access(rep, "Customer", "creditLimit"));
        Assert.Equal("ALLOW", Access(rep, "Customer", "mobile"));
        Assert.Contains("createContract", rep["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain("confirmPayment", rep["actions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var finance = (await app.PostAsync(Query, null, await app.TokenAsync("finance"))).EnsureNoErrors().Data!["me"]!;
        Assert.Equal("ALL", finance["scope"]!.GetValue<string>());
        Assert.Equal("MASK", Access(finance, "Customer", "mobile"));
        Assert.Contains("confirmPayment", finance["actions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var manager = (await app.PostAsync(Query, null, await app.TokenAsync("manager.east"))).EnsureNoErrors().Data!["me"]!;
        Assert.Equal("REGION", manager["scope"]!.GetValue<string>());
    }

    private SalesGraphDbContext Db() => app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();

    private async Task<int> StaffIdOfAsync(string username)
    {
        await using var db = Db();
        return await db.Accounts.Where(a => a.Username == username).Select(a => a.StaffId!.Value).SingleAsync();
    }
}
