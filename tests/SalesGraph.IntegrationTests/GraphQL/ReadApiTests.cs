using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

[Collection(SharedApp.Name)]
public sealed class ReadApiTests(SalesGraphApp app)
{
    private const string CustomerPage = """
        query Page($size: Int!) {
          customers(first: $size) {
            nodes {
              id name
              owner { name region { code } }
              region { code parent { code } }
              contracts(first: 5) {
                totalCount
                nodes { number agreedTotal lines { nodes { quantity product { sku productLine } } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task NestedQuerySqlCountDoesNotGrowWithPageSize()
    {
        var token = await app.TokenAsync("director");
        var counts = new Dictionary<int, int>();
        foreach (var size in new[] { 1, 10, 50 })
        {
            app.Sql.Reset();
            var response = (await app.PostAsync(CustomerPage, new { size }, token)).EnsureNoErrors();
            counts[size] = app.Sql.Count;
            Assert.Equal(size, response.Data!["customers"]!["nodes"]!.AsArray().Count);
        }

        Assert.Equal(counts[1], counts[10]);
        Assert.Equal(counts[1], counts[50]);
        Assert.InRange(counts[50], 1, 12);
    }

    [Fact]
    public async Task ToOneBatchesReadOnlyTheSelectedColumns()
    {
        var token = await app.TokenAsync("director");
        app.Sql.Reset();
        var response = (await app.PostAsync(
            "{ customers(first: 3) { nodes { owner { name } contracts(first: 2) { nodes { lines(first: 2) { nodes { product { sku } } } } } } } }",
            token: token)).EnsureNoErrors();
        Assert.NotNull(response.Data!["customers"]!["nodes"]![0]!["owner"]!["name"]);

        // The owners' batch reads the name, the key and the foreign keys; not the salary, e-mail or hire date.
        var staff = Assert.Single(app.Sql.Statements, s => s.Contains("FROM \"Staff\"", StringComparison.Ordinal));
        Assert.Contains("\"Name\"", staff, StringComparison.Ordinal);
        Assert.Contains("\"ReportsToId\"", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("\"BaseSalary\"", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Email\"", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("\"HireDate\"", staff, StringComparison.Ordinal);

        // The products' batch reads the SKU, not the name, cost or list price.
        var products = Assert.Single(app.Sql.Statements, s => s.Contains("FROM \"Products\"", StringComparison.Ordinal));
        Assert.Contains("\"Sku\"", products, StringComparison.Ordinal);
        Assert.DoesNotContain("\"UnitCost\"", products, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ListPrice\"", products, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\"", products, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToOneFieldsSelectingDifferentColumnsOfOneEntityEachGetTheirColumns()
    {
        // Two fields load Staff by id on one level with different selections: neither may be served the other's columns.
        var token = await app.TokenAsync("director");
        var response = (await app.PostAsync(
            "{ contracts(first: 3) { nodes { owner { name } customer { owner { employeeNumber email } } } } }",
            token: token)).EnsureNoErrors();
        foreach (var node in response.Data!["contracts"]!["nodes"]!.AsArray())
        {
            Assert.False(string.IsNullOrEmpty(node!["owner"]!["name"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(node["customer"]!["owner"]!["employeeNumber"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(node["customer"]!["owner"]!["email"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task FieldsOfOneNameOnDifferentParentsEachGetTheirOwnParentsRows()
    {
        // Staff.customers and Region.customers read one entity with one shape (same page, same selection), and a staff
        // member and a region share database ids. Were they one loader, whichever batch runs second would be served
        // the first one's rows for the ids they share.
        var token = await app.TokenAsync("director");
        var response = (await app.PostAsync(
            "{ staff(first: 200) { nodes { id customers(first: 3) { nodes { ...Both } } region { id customers(first: 3) { nodes { ...Both } } } } } } fragment Both on Customer { owner { id } region { id } }",
            token: token)).EnsureNoErrors();
        var staffIds = new HashSet<long>();
        var regionIds = new HashSet<long>();
        foreach (var member in response.Data!["staff"]!["nodes"]!.AsArray())
        {
            var id = member!["id"]!.GetValue<string>();
            var owned = member["customers"]!["nodes"]!.AsArray();
            Assert.All(owned, c => Assert.Equal(id, c!["owner"]!["id"]!.GetValue<string>()));
            if (owned.Count > 0)
            {
                staffIds.Add(LocalId(id));
            }

            if (member["region"] is JsonObject region)
            {
                var regionId = region["id"]!.GetValue<string>();
                var inRegion = region["customers"]!["nodes"]!.AsArray();
                Assert.All(inRegion, c => Assert.Equal(regionId, c!["region"]!["id"]!.GetValue<string>()));
                if (inRegion.Count > 0)
                {
                    regionIds.Add(LocalId(regionId));
                }
            }
        }

        Assert.NotEmpty(staffIds.Intersect(regionIds));
    }

    private static long LocalId(string globalId) => SalesGraph.GraphQL.Relay.GlobalId.TryDecode(globalId)!.Value.Id;

    [Fact]
    public async Task HundredConcurrentNestedQueriesAllGetTheSameCorrectAnswer()
    {
        var token = await app.TokenAsync("director");
        var expected = (await app.PostAsync(CustomerPage, new { size = 20 }, token)).EnsureNoErrors().Data!.ToJsonString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => app.PostAsync(CustomerPage, new { size = 20 }, token)));
        Assert.All(responses, r =>
        {
            Assert.Equal(200, r.Status);
            r.EnsureNoErrors();
            Assert.Equal(expected, r.Data!.ToJsonString());
        });
    }

    [Fact]
    public async Task PagingForwardAndBackwardVisitsEveryContractOnceInOrder()
    {
        var token = await app.TokenAsync("director");
        const string Forward = "query($after: String) { contracts(first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }";
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await app.PostAsync(Forward, new { after }, token)).EnsureNoErrors().Data!["contracts"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null && seen.Count < 3000);

        Assert.Equal(seen.Count, seen.Distinct().Count());

        // Backward from the 1,000th: the previous page is exactly the 500 before it.
        var firstPage = (await app.PostAsync("{ contracts(first: 500) { pageInfo { endCursor } } }", null, token)).Data!["contracts"]!;
        var end500 = firstPage["pageInfo"]!["endCursor"]!.GetValue<string>();
        var at1000 = (await app.PostAsync("query($after: String) { contracts(first: 500, after: $after) { pageInfo { endCursor } } }", new { after = end500 }, token))
            .Data!["contracts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var back = (await app.PostAsync("query($before: String) { contracts(last: 500, before: $before) { pageInfo { hasPreviousPage } nodes { id } } }", new { before = at1000 }, token))
            .EnsureNoErrors().Data!["contracts"]!;
        Assert.Equal(seen.Skip(499).Take(500), back["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(back["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(total > 1000);
    }

    [Fact]
    public async Task NodeFetchesAnyObjectByItsGlobalId()
    {
        var token = await app.TokenAsync("director");
        var first = (await app.PostAsync("{ contracts(first: 1) { nodes { id number } } }", null, token)).Data!["contracts"]!["nodes"]![0]!;
        var node = (await app.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Contract { number customer { name } } } }", new { id = first["id"]!.GetValue<string>() }, token))
            .EnsureNoErrors().Data!["node"]!;
        Assert.Equal("Contract", node["__typename"]!.GetValue<string>());
        Assert.Equal(first["number"]!.GetValue<string>(), node["number"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(node["customer"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CustomerReceivablesListOnlyOpenInvoicesOfThatCustomer()
    {
        var token = await app.TokenAsync("director");
        var customers = (await app.PostAsync(
            "{ customers(first: 30) { nodes { id receivables(first: 50) { totalCount nodes { openAmount contract { customer { id } } } } } } }", null, token))
            .EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray();
        Assert.Contains(customers, c => c!["receivables"]!["totalCount"]!.GetValue<int>() > 0);
        foreach (var customer in customers)
        {
            foreach (var invoice in customer!["receivables"]!["nodes"]!.AsArray())
            {
                Assert.True(invoice!["openAmount"]!.GetValue<decimal>() > 0);
                Assert.Equal(customer["id"]!.GetValue<string>(), invoice["contract"]!["customer"]!["id"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task RegionTreeIsNavigableBothWays()
    {
        var token = await app.TokenAsync("director");
        var regions = (await app.PostAsync(
            "{ regions(first: 100) { nodes { code level parent { code } children { nodes { code parent { code } } } } } }", null, token))
            .EnsureNoErrors().Data!["regions"]!["nodes"]!.AsArray();
        var top = regions.Where(r => r!["level"]!.GetValue<int>() == 1).Select(r => r!["code"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["EAST", "NORTH", "SOUTH", "WEST"], top);
        foreach (var region in regions.Where(r => r!["level"]!.GetValue<int>() == 1))
        {
            var children = region!["children"]!["nodes"]!.AsArray();
            Assert.InRange(children.Count, 2, 3);
            Assert.All(children, c => Assert.Equal(region["code"]!.GetValue<string>(), c!["parent"]!["code"]!.GetValue<string>()));
        }
    }

    [Theory]
    [InlineData("{ customers(first: -1) { nodes { id } } }", "VALIDATION")]
    [InlineData("{ customers(first: 501) { nodes { id } } }", "VALIDATION")]
    [InlineData("{ customers(first: 1, last: 1) { nodes { id } } }", "VALIDATION")]
    [InlineData("{ customers(after: \"not-a-cursor\") { nodes { id } } }", "VALIDATION")]
    [InlineData("{ customer(id: \"bm9wZQ\") { id } }", "VALIDATION")]
    [InlineData("{ customer(id: \"Q3VzdG9tZXI6OTk5OTk5OQ\") { id } }", "NOT_FOUND")]
    [InlineData("{ node(id: \"Q3VzdG9tZXI6OTk5OTk5OQ\") { id } }", "NOT_FOUND")]
    [InlineData("{ node(id: \"%%%\") { id } }", "VALIDATION")]
    public async Task BadArgumentsGetAClearErrorCodeAndNoServerError(string query, string code)
    {
        var token = await app.TokenAsync("director");
        var response = await app.PostAsync(query, null, token);
        Assert.Equal(200, response.Status);
        Assert.Contains(code, response.ErrorCodes);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ customers { nodes { noSuchField } } }")]
    [InlineData("{ customer { id } }")]
    [InlineData("query($n: Int!) { customers(first: $n) { nodes { id } } }")]
    public async Task InvalidDocumentsAreRefusedWith400AndValidation(string query)
    {
        var token = await app.TokenAsync("director");
        var response = await app.PostAsync(query, new { n = "ten" }, token);
        Assert.Equal(400, response.Status);
        Assert.All(response.ErrorCodes, c => Assert.Equal("VALIDATION", c));
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task HealthzSaysTheDatabaseIsReady()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        _ = JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
