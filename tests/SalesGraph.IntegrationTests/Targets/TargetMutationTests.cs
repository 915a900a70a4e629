using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Targets;

[Collection(SharedApp.Name)]
public sealed class TargetMutationTests(SalesGraphApp app)
{
    private const string Fields = "target { id scope year quarter month salesAmount collectionAmount newCustomers version parent { id } children(first: 50) { totalCount nodes { scope quarter salesAmount region { id } staff { id } } } }";
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task DirectorSplitsACompanyTargetOverRegionsOnlyWhenThePartsSumExactly()
    {
        var company = await _w.PayloadAsync("director", "setTarget", "SetTargetInput", Fields,
            new { year = 2031, salesAmount = 1_000_000m, collectionAmount = 900_000m, newCustomers = 10 });
        Assert.Empty(company["errors"]!.AsArray());
        var parentId = company["target"]!["id"]!.GetValue<string>();
        var regions = (await app.PostAsync("{ regions(first: 50) { nodes { id level } } }", null, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["regions"]!["nodes"]!.AsArray().Where(r => r!["level"]!.GetValue<int>() == 1).Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(4, regions.Count);

        object Part(string region, decimal sales) => new { regionId = region, salesAmount = sales, collectionAmount = 225_000m, newCustomers = 2 + (region == regions[0] ? 2 : 0) };
        var short1000 = await _w.PayloadAsync("director", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = parentId, children = new[] { Part(regions[0], 250_000m), Part(regions[1], 250_000m), Part(regions[2], 250_000m), Part(regions[3], 249_000m) } });
        var error = Assert.Single(short1000["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "[\"input\",\"children\"]"), (error["code"]!.GetValue<string>(), error["path"]!.ToJsonString()));
        Assert.Contains("short by 1000", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, short1000["target"]!["children"]!["totalCount"]!.GetValue<int>());

        var split = await _w.PayloadAsync("director", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = parentId, version = 1, children = regions.Select(r => Part(r, 250_000m)).ToArray() });
        Assert.Empty(split["errors"]!.AsArray());
        Assert.Equal(2, split["target"]!["version"]!.GetValue<int>());
        var children = split["target"]!["children"]!["nodes"]!.AsArray();
        Assert.Equal(4, children.Count);
        Assert.All(children, c => Assert.Equal(("REGION", 250_000m), (c!["scope"]!.GetValue<string>(), ContractScenario.Price(c["salesAmount"]!))));

        var audit = await _w.AuditAsync("Target", parentId);
        Assert.Equal([("director", "splitTarget:update"), ("director", "setTarget:create")], audit.Select(a => (a.Actor, a.Action)));
    }

    [Fact]
    public async Task TheManagerSetsItsOwnRepsTargetsButNotRegionTargetsNorAnotherRegionsReps()
    {
        var (east1, _) = await _w.MeAsync("rep.east.1");
        var (north1, _) = await _w.MeAsync("rep.north.1");
        var (_, eastRegion) = await _w.MeAsync("manager.east");

        var own = await _w.PayloadAsync("manager.east", "setTarget", "SetTargetInput", Fields,
            new { year = 2032, staffId = east1, salesAmount = 120_000m, collectionAmount = 100_000m, newCustomers = 4 });
        Assert.Empty(own["errors"]!.AsArray());
        Assert.Equal("STAFF", own["target"]!["scope"]!.GetValue<string>());
        Assert.Equal(("manager.east", "setTarget:create"), (await _w.AuditAsync("Target", own["target"]!["id"]!.GetValue<string>())).Select(a => (a.Actor, a.Action)).Single());

        var region = await _w.PostAsync("manager.east", "setTarget", "SetTargetInput", Fields,
            new { year = 2032, regionId = eastRegion, salesAmount = 1m, collectionAmount = 1m, newCustomers = 1 });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], region.ErrorCodes);
        Assert.Equal("[\"input\",\"regionId\"]", region.Errors[0]!["extensions"]!["field"]!.ToJsonString());
        var otherRep = await _w.PostAsync("manager.east", "setTarget", "SetTargetInput", Fields,
            new { year = 2032, staffId = north1, salesAmount = 1m, collectionAmount = 1m, newCustomers = 1 });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], otherRep.ErrorCodes);
        var byRep = await _w.PostAsync("rep.east.1", "setTarget", "SetTargetInput", Fields,
            new { year = 2032, staffId = east1, salesAmount = 1m, collectionAmount = 1m, newCustomers = 1 });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);
    }

    [Fact]
    public async Task ChangingATargetAtAStaleVersionIsAConflictAndWritesNothing()
    {
        var (east2, _) = await _w.MeAsync("rep.east.2");
        object Input(decimal sales, int? version) => new { year = 2033, staffId = east2, salesAmount = sales, collectionAmount = 50_000m, newCustomers = 2, version };
        var created = await _w.PayloadAsync("manager.east", "setTarget", "SetTargetInput", Fields, Input(100_000m, null));
        var changed = await _w.PayloadAsync("director", "setTarget", "SetTargetInput", Fields, Input(110_000m, 1));
        Assert.Equal(created["target"]!["id"]!.GetValue<string>(), changed["target"]!["id"]!.GetValue<string>());
        Assert.Equal(2, changed["target"]!["version"]!.GetValue<int>());

        var stale = await _w.PayloadAsync("manager.east", "setTarget", "SetTargetInput", Fields, Input(90_000m, 1));
        var error = stale["errors"]![0]!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(["salesAmount"], error["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(110_000m, ContractScenario.Price(stale["target"]!["salesAmount"]!));
    }

    [Fact]
    public async Task ARepsYearlyTargetSplitsIntoQuartersThatMustSumAndRejectsMalformedParts()
    {
        var (east1, _) = await _w.MeAsync("rep.east.1");
        var yearly = await _w.PayloadAsync("manager.east", "setTarget", "SetTargetInput", Fields,
            new { year = 2034, staffId = east1, salesAmount = 400_000m, collectionAmount = 400_000m, newCustomers = 4 });
        var id = yearly["target"]!["id"]!.GetValue<string>();
        object Q(int quarter, decimal sales) => new { quarter, salesAmount = sales, collectionAmount = 100_000m, newCustomers = 1 };

        var malformed = await _w.PayloadAsync("manager.east", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = id, children = new object[] { Q(1, 100_000m), Q(1, 100_000m), Q(5, 100_000m), new { month = 3, staffId = east1, salesAmount = 100_000m, collectionAmount = 100_000m, newCustomers = 1 } } });
        var errors = WriteChecks.CodesAndPaths(malformed).ToList();
        Assert.Contains(("VALIDATION", "[\"input\",\"children\",1]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"children\",2]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"children\",3]"), errors);

        var over = await _w.PayloadAsync("manager.east", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = id, children = new[] { Q(1, 100_000m), Q(2, 100_000m), Q(3, 100_000m), Q(4, 100_000.50m) } });
        Assert.Contains("over by 0.5", Assert.Single(over["errors"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var byRep = await _w.PostAsync("rep.east.1", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = id, children = new[] { Q(1, 100_000m), Q(2, 100_000m), Q(3, 100_000m), Q(4, 100_000m) } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);
        var byOtherManager = await _w.PayloadAsync("manager.north", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = id, children = new[] { Q(1, 100_000m), Q(2, 100_000m), Q(3, 100_000m), Q(4, 100_000m) } });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"targetId\"]")], WriteChecks.CodesAndPaths(byOtherManager));

        var split = await _w.PayloadAsync("manager.east", "splitTarget", "SplitTargetInput", Fields,
            new { targetId = id, children = new[] { Q(1, 100_000m), Q(2, 100_000m), Q(3, 100_000m), Q(4, 100_000m) } });
        Assert.Empty(split["errors"]!.AsArray());
        Assert.Equal([1, 2, 3, 4], split["target"]!["children"]!["nodes"]!.AsArray().Select(c => c!["quarter"]!.GetValue<int>()).Order());
    }
}
