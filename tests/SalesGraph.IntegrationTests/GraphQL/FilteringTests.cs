using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

[Collection(SharedApp.Name)]
public sealed class FilteringTests(SalesGraphApp app)
{
    private static JsonArray Nodes(GraphQLResponse response, string list) => response.Data![list]!["nodes"]!.AsArray();

    [Fact]
    public async Task DirectorFiltersContractsThroughTheCustomersGrade()
    {
        var token = await app.TokenAsync("director");
        var response = (await app.PostAsync(
            "{ contracts(first: 200, where: { customer: { grade: { eq: A } } }) { totalCount nodes { number customer { grade } } } }", null, token)).EnsureNoErrors();
        var nodes = Nodes(response, "contracts");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("A", n!["customer"]!["grade"]!.GetValue<string>()));

        var all = (await app.PostAsync("{ contracts { totalCount } }", null, token)).EnsureNoErrors();
        Assert.True(response.Data!["contracts"]!["totalCount"]!.GetValue<int>() < all.Data!["contracts"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task OperatorsCombineWithAndAndOr()
    {
        var token = await app.TokenAsync("director");
        var response = (await app.PostAsync(
            """
            { contracts(first: 500, where: {
                status: { in: [ACTIVE, COMPLETED] }
                agreedTotal: { gte: 10000 }
                or: [{ number: { startsWith: "C" } }, { number: { contains: "-" } }]
                signedOn: { neq: null }
              }) { nodes { status agreedTotal signedOn number } } }
            """, null, token)).EnsureNoErrors();
        var nodes = Nodes(response, "contracts");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.True(n!["status"]!.GetValue<string>() is "ACTIVE" or "COMPLETED");
            Assert.True(n["agreedTotal"]!.GetValue<decimal>() >= 10000m);
            Assert.NotNull(n["signedOn"]);
        });
    }

    [Fact]
    public async Task FinanceCannotFilterCustomersOnTheMobileItSeesMasked()
    {
        var token = await app.TokenAsync("finance");
        var response = await app.PostAsync("""{ customers(where: { mobile: { startsWith: "138" } }) { nodes { name } } }""", null, token);
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes);
        Assert.Null(response.Data?["customers"]);
    }

    [Fact]
    public async Task RepCannotOrderCustomersByCreditLimitButDirectorCan()
    {
        const string Query = "{ customers(first: 5, order: [{ creditLimit: DESC }]) { nodes { name } } }";
        var rep = await app.PostAsync(Query, null, await app.TokenAsync("rep.east.1"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], rep.ErrorCodes);
        Assert.Null(rep.Data?["customers"]);

        (await app.PostAsync(Query, null, await app.TokenAsync("director"))).EnsureNoErrors();
    }

    [Fact]
    public async Task RepCannotFilterContractsThroughTheCustomersCreditLimit()
    {
        var response = await app.PostAsync(
            "{ contracts(where: { customer: { creditLimit: { gt: 0 } } }) { nodes { number } } }", null, await app.TokenAsync("rep.east.1"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
    }

    [Fact]
    public async Task PagingBySignedOnDescendingVisitsEveryContractOnceInOrderWithUndatedFirst()
    {
        var token = await app.TokenAsync("manager.east");
        const string Query = """
            query($after: String) {
              contracts(first: 97, after: $after, order: [{ signedOn: DESC }]) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id signedOn }
              }
            }
            """;
        var seen = new List<(string Id, string? SignedOn)>();
        string? after = null;
        int total;
        do
        {
            var page = (await app.PostAsync(Query, new { after }, token)).EnsureNoErrors().Data!["contracts"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (n!["id"]!.GetValue<string>(), n["signedOn"]?.GetValue<string>())));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        var expected = seen.OrderBy(s => s.SignedOn is null ? 0 : 1).ThenByDescending(s => s.SignedOn, StringComparer.Ordinal).Select(s => s.SignedOn);
        Assert.Equal(expected, seen.Select(s => s.SignedOn));
    }

    [Fact]
    public async Task OrderingByAnEnumFollowsItsBusinessOrderAndPagesBackward()
    {
        var token = await app.TokenAsync("director");
        const string Query = """
            query($before: String) {
              customers(last: 40, before: $before, order: [{ grade: ASC }, { name: DESC }]) {
                pageInfo { hasPreviousPage startCursor } nodes { id grade name }
              }
            }
            """;
        var seen = new List<(string Id, string Grade, string Name)>();
        string? before = null;
        do
        {
            var page = (await app.PostAsync(Query, new { before }, token)).EnsureNoErrors().Data!["customers"]!;
            seen.InsertRange(0, page["nodes"]!.AsArray().Select(n => (n!["id"]!.GetValue<string>(), n["grade"]!.GetValue<string>(), n["name"]!.GetValue<string>())));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        var total = (await app.PostAsync("{ customers { totalCount } }", null, token)).Data!["customers"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.Grade).Order(StringComparer.Ordinal), seen.Select(s => s.Grade));
    }

    [Fact]
    public async Task CursorOfOneOrderingIsRefusedByAnother()
    {
        var token = await app.TokenAsync("director");
        var cursor = (await app.PostAsync("{ contracts(first: 1, order: [{ agreedTotal: DESC }]) { pageInfo { endCursor } } }", null, token))
            .EnsureNoErrors().Data!["contracts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await app.PostAsync("query($after: String) { contracts(first: 1, after: $after) { nodes { id } } }", new { after = cursor }, token);
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
    }

    [Fact]
    public async Task NestedListsFilterAndSortPerParentInOneBatch()
    {
        var token = await app.TokenAsync("director");
        var response = (await app.PostAsync(
            """
            { customers(first: 20) { nodes {
                active: contracts(first: 3, where: { status: { eq: ACTIVE } }, order: [{ agreedTotal: DESC }]) { nodes { status agreedTotal } }
                all: contracts(first: 3) { totalCount }
            } } }
            """, null, token)).EnsureNoErrors();
        var customers = Nodes(response, "customers");
        Assert.Contains(customers, c => c!["active"]!["nodes"]!.AsArray().Count > 0);
        Assert.All(customers, c =>
        {
            var totals = c!["active"]!["nodes"]!.AsArray().Select(n => n!["agreedTotal"]!.GetValue<decimal>()).ToList();
            Assert.Equal(totals.OrderDescending(), totals);
            Assert.All(c["active"]!["nodes"]!.AsArray(), n => Assert.Equal("ACTIVE", n!["status"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task NestedListRefusesAFieldTheCallerCannotRead()
    {
        var response = await app.PostAsync(
            "{ customers(first: 3) { nodes { name contracts(order: [{ costTotal: DESC }]) { nodes { number } } } } }", null, await app.TokenAsync("rep.east.1"));
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes);
    }
}
