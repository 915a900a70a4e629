using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Targets;

[Collection(SharedApp.Name)]
public sealed class TargetTreeTests(SalesGraphApp app)
{
    private const string Node = "level target { id scope quarter month salesAmount collectionAmount newCustomers region { code } staff { id name } } "
        + "salesActual salesGap achievementRate collectedActual collectionGap newCustomersActual newCustomersGap childrenSalesAmount unallocatedSalesAmount";

    private static readonly string Tree = $$"""
        query Tree($year: Int, $root: ID, $depth: Int) {
          targetTree(year: $year, root: $root, depth: $depth) { {{Node}} children { {{Node}} children { {{Node}} children { {{Node}} children { {{Node}} } } } } }
        }
        """;

    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task TheDirectorsTreeRunsFromTheCompanyThroughRegionsAndRepsToMonthsWithTheKpiActuals()
    {
        var token = await app.TokenAsync("director");
        var company = Assert.Single(await TreeAsync(token));
        Assert.Equal("COMPANY", Level(company));
        var regions = Children(company);
        Assert.Equal(["EAST", "NORTH", "SOUTH", "WEST"], regions.Select(r => r["target"]!["region"]!["code"]!.GetValue<string>()).Order());
        Assert.All(regions, r => Assert.Equal("REGION", Level(r)));

        var total = (await KpisAsync(token, "[]")).Single()!;
        Assert.True(Amount(company, "salesActual") > 0, "the demo company sold something this year");
        Assert.Equal(Amount(total, "salesAmount"), Amount(company, "salesActual"));
        Assert.Equal(Amount(total, "collectedAmount"), Amount(company, "collectedActual"));
        Assert.Equal(Amount(company["target"]!, "salesAmount") - Amount(company, "salesActual"), Amount(company, "salesGap"));
        Assert.Equal(Math.Round(Amount(company, "salesActual") / Amount(company["target"]!, "salesAmount"), 4), Amount(company, "achievementRate"));

        var byRegion = (await KpisAsync(token, "[REGION]")).ToDictionary(r => r!["region"]!["code"]!.GetValue<string>(), r => r!);
        foreach (var region in regions)
        {
            var code = region["target"]!["region"]!["code"]!.GetValue<string>();
            Assert.Equal(Amount(byRegion[code], "salesAmount"), Amount(region, "salesActual"));
            Assert.All(Children(region), rep => Assert.Equal("STAFF", Level(rep)));
        }

        // The demo targets are split exactly at every level; a rep's months add up to its year.
        Assert.Equal(0m, Amount(company, "unallocatedSalesAmount"));
        Assert.Equal(Amount(company["target"]!, "salesAmount"), Amount(company, "childrenSalesAmount"));
        var rep = Children(regions[0])[0];
        var quarters = Children(rep);
        Assert.Equal(["QUARTER", "QUARTER", "QUARTER", "QUARTER"], quarters.Select(Level));
        var months = quarters.SelectMany(Children).ToList();
        Assert.Equal(Enumerable.Range(1, 12), months.Select(m => m["target"]!["month"]!.GetValue<int>()));
        Assert.All(months, m => Assert.Null(m["unallocatedSalesAmount"]));
        Assert.Equal(Amount(rep, "salesActual"), months.Sum(m => Amount(m, "salesActual")));
        Assert.Equal(Amount(rep, "collectedActual"), quarters.Sum(q => Amount(q, "collectedActual")));
    }

    [Fact]
    public async Task AManagersTreeStartsAtItsRegionAndARepsAtItsOwnTarget()
    {
        var managerToken = await app.TokenAsync("manager.east");
        var region = Assert.Single(await TreeAsync(managerToken));
        Assert.Equal(("REGION", "EAST"), (Level(region), region["target"]!["region"]!["code"]!.GetValue<string>()));
        var eastReps = (await KpisAsync(managerToken, "[STAFF]")).ToDictionary(r => r!["staff"]!["name"]!.GetValue<string>(), r => Amount(r!, "salesAmount"));
        foreach (var rep in Children(region))
        {
            Assert.Equal(eastReps.GetValueOrDefault(rep["target"]!["staff"]!["name"]!.GetValue<string>()), Amount(rep, "salesActual"));
        }

        var (repId, _) = await _w.MeAsync("rep.east.1");
        var repToken = await app.TokenAsync("rep.east.1");
        var own = Assert.Single(await TreeAsync(repToken));
        Assert.Equal(("STAFF", repId), (Level(own), own["target"]!["staff"]!["id"]!.GetValue<string>()));
        Assert.Equal(Amount((await KpisAsync(repToken, "[]")).Single()!, "salesAmount"), Amount(own, "salesActual"));

        var admin = (await app.PostAsync(Tree, null, await app.TokenAsync("admin"))).EnsureNoErrors();
        Assert.Empty(admin.Data!["targetTree"]!.AsArray());
    }

    [Fact]
    public async Task AChildChangedAfterTheSplitShowsTheUnallocatedGapOnItsParent()
    {
        const int year = 2035;
        var company = await _w.PayloadAsync("director", "setTarget", "SetTargetInput", "target { id }",
            new { year, salesAmount = 1_000_000m, collectionAmount = 800_000m, newCustomers = 8 });
        var regionIds = (await app.PostAsync("{ regions(first: 50) { nodes { id level } } }", null, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["regions"]!["nodes"]!.AsArray().Where(r => r!["level"]!.GetValue<int>() == 1).Select(r => r!["id"]!.GetValue<string>()).ToList();
        var split = await _w.PayloadAsync("director", "splitTarget", "SplitTargetInput", "target { id }", new
        {
            targetId = company["target"]!["id"]!.GetValue<string>(),
            children = regionIds.Select(r => new { regionId = r, salesAmount = 250_000m, collectionAmount = 200_000m, newCustomers = 2 }).ToArray(),
        });
        Assert.Empty(split["errors"]!.AsArray());
        var (east1, _) = await _w.MeAsync("rep.east.1");
        var rep = await _w.PayloadAsync("manager.east", "setTarget", "SetTargetInput", "target { id parent { id } }",
            new { year, staffId = east1, salesAmount = 120_000m, collectionAmount = 100_000m, newCustomers = 1 });
        Assert.Empty(rep["errors"]!.AsArray());

        var east = Assert.Single(await TreeAsync(await app.TokenAsync("manager.east"), new { year }));
        Assert.Equal(east["target"]!["id"]!.GetValue<string>(), rep["target"]!["parent"]!["id"]!.GetValue<string>());
        Assert.Equal((120_000m, 130_000m), (Amount(east, "childrenSalesAmount"), Amount(east, "unallocatedSalesAmount")));
        var future = Assert.Single(Children(east));
        Assert.Equal((0m, 120_000m), (Amount(future, "salesActual"), Amount(future, "salesGap")));

        var whole = Assert.Single(await TreeAsync(await app.TokenAsync("director"), new { year }));
        Assert.Equal(0m, Amount(whole, "unallocatedSalesAmount"));
    }

    [Fact]
    public async Task RootAndDepthCutTheTreeAndATargetOutOfScopeReadsAsNotFound()
    {
        var director = await app.TokenAsync("director");
        var company = Assert.Single(await TreeAsync(director, new { depth = 1 }));
        var regions = Children(company);
        Assert.All(regions, r => Assert.Empty(Children(r)));
        Assert.All(regions, r => Assert.Equal(0m, Amount(r, "unallocatedSalesAmount"))); // split into reps beyond the cut
        var north = regions.Single(r => r["target"]!["region"]!["code"]!.GetValue<string>() == "NORTH");

        var subtree = Assert.Single(await TreeAsync(director, new { root = north["target"]!["id"]!.GetValue<string>() }));
        Assert.Equal(Amount(north, "salesActual"), Amount(subtree, "salesActual"));
        Assert.NotEmpty(Children(subtree));

        var hidden = await app.PostAsync(Tree, new { root = north["target"]!["id"]!.GetValue<string>() }, await app.TokenAsync("manager.east"));
        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes);
        var negative = await app.PostAsync(Tree, new { depth = -1 }, director);
        Assert.Equal(["VALIDATION"], negative.ErrorCodes);
    }

    private async Task<List<JsonNode>> TreeAsync(string token, object? variables = null) =>
        [.. (await app.PostAsync(Tree, variables, token)).EnsureNoErrors().Data!["targetTree"]!.AsArray().Select(n => n!)];

    private async Task<JsonArray> KpisAsync(string token, string groupBy) =>
        (await app.PostAsync($"{{ kpis(groupBy: {groupBy}) {{ region {{ code }} staff {{ name }} salesAmount collectedAmount }} }}", null, token))
        .EnsureNoErrors().Data!["kpis"]!.AsArray();

    private static List<JsonNode> Children(JsonNode node) => [.. node["children"]!.AsArray().Select(c => c!)];

    private static string Level(JsonNode node) => node["level"]!.GetValue<string>();

    private static decimal Amount(JsonNode node, string field) => ContractScenario.Price(node[field]!);
}
