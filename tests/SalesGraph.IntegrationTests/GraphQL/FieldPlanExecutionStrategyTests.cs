using Microsoft.Extensions.DependencyInjection;
using SalesGraph.GraphQL.Execution;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

[Collection(SharedApp.Name)]
public sealed class FieldPlanExecutionStrategyTests(SalesGraphApp app)
{
    private FieldPlanExecutionStrategy Strategy => app.Services.GetRequiredService<FieldPlanExecutionStrategy>();

    [Fact]
    public async Task FieldsOfASelectionAreCollectedOncePerTypeNotPerObject()
    {
        var token = await app.TokenAsync("director");
        const string query = "{ customers(first: 20) { nodes { id name owner { name } contracts(first: 3) { nodes { number lines(first: 2) { nodes { quantity product { sku } } } } } } } }";
        var first = (await app.PostAsync(query, token: token)).EnsureNoErrors();
        var before = Strategy.Collections;
        var second = (await app.PostAsync(query, token: token)).EnsureNoErrors();

        // The document is cached, so its selection sets and their plans are reused: nothing is collected again.
        Assert.Equal(before, Strategy.Collections);
        Assert.Equal(first.Data!.ToJsonString(), second.Data!.ToJsonString());
        Assert.Equal(20, second.Data!["customers"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task SkipAndIncludeFollowEachRequestsVariables()
    {
        var token = await app.TokenAsync("director");
        const string query = "query($withName: Boolean!) { customers(first: 3) { nodes { code name @include(if: $withName) } } }";
        foreach (var withName in new[] { true, false, true })
        {
            var nodes = (await app.PostAsync(query, new { withName }, token)).EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray();
            Assert.All(nodes, n =>
            {
                Assert.NotNull(n!["code"]);
                Assert.Equal(withName, n.AsObject().ContainsKey("name"));
            });
        }
    }

    [Fact]
    public async Task FieldsSelectedTwiceUnderOneNameAreMerged()
    {
        var token = await app.TokenAsync("director");
        const string query = "{ customers(first: 3) { nodes { owner { name } ...more } } } fragment more on Customer { owner { employeeNumber } code }";
        for (var run = 0; run < 2; run++)
        {
            var nodes = (await app.PostAsync(query, token: token)).EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray();
            Assert.All(nodes, n =>
            {
                Assert.NotNull(n!["code"]);
                Assert.NotNull(n["owner"]!["name"]);
                Assert.NotNull(n["owner"]!["employeeNumber"]);
            });
        }
    }

    // The contracts screen's document as web/src/features/contracts/api/contracts.ts sends it.
    private const string ContractsScreen = """
        query Contracts($first: Int, $after: String, $withCost: Boolean!, $where: ContractFilterInput, $order: [ContractSortInput!]) {
          contracts(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { ...ContractRow }
          }
        }
        fragment ContractRow on Contract {
          id number status signedOn listTotal agreedTotal discountAmount discountRate
          grossMargin @include(if: $withCost)
          version
          customer { id name }
          owner { id name }
          region { id name }
        }
        """;

    private static string ContractsByHand(bool withCost) =>
        "query($first: Int) { contracts(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id number status signedOn listTotal agreedTotal discountAmount discountRate "
        + (withCost ? "grossMargin " : "")
        + "version customer { id name } owner { id name } region { id name } } } }";

    [Fact]
    public async Task TheContractsScreenIsPlannedForBothValuesOfWithCostAndAnswersAsTheDocumentWithoutDirectives()
    {
        var token = await app.TokenAsync("director");
        bool[] values = [true, false];
        foreach (var withCost in values)
        {
            (await app.PostAsync(ContractsScreen, new { first = 20, withCost }, token)).EnsureNoErrors();
            (await app.PostAsync(ContractsByHand(withCost), new { first = 20 }, token)).EnsureNoErrors();
        }

        var before = Strategy.Collections;
        foreach (var withCost in (bool[])[true, false, false, true])
        {
            var screen = (await app.PostAsync(ContractsScreen, new { first = 20, withCost }, token)).EnsureNoErrors();
            var byHand = (await app.PostAsync(ContractsByHand(withCost), new { first = 20 }, token)).EnsureNoErrors();

            Assert.Equal(byHand.Data!.ToJsonString(), screen.Data!.ToJsonString());
            var rows = screen.Data!["contracts"]!["nodes"]!.AsArray();
            Assert.Equal(20, rows.Count);
            Assert.All(rows, row => Assert.Equal(withCost, row!.AsObject().ContainsKey("grossMargin")));
        }

        // Each outcome's plans were made by the first requests; the 20 rows did not collect their fields again.
        Assert.Equal(before, Strategy.Collections);
    }
}
