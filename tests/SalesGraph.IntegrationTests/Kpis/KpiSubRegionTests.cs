using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Kpis;

/// <summary>KPIs by 片区 (SUB_REGION): each rep's rows go to the rep's own 片区, and the 片区 add up to their 大区.</summary>
[Collection(SharedApp.Name)]
public sealed class KpiSubRegionTests(SalesGraphApp app)
{
    private const string Kpis = """
        query Kpis($groupBy: [KpiDimension!]) {
          kpis(groupBy: $groupBy) {
            region { code } subRegion { code }
            salesAmount target collectedAmount receivablesDue overdueReceivables contractCount pipelineAmount
          }
        }
        """;

    private static readonly string[] Amounts =
        ["salesAmount", "target", "collectedAmount", "receivablesDue", "overdueReceivables", "contractCount", "pipelineAmount"];

    [Fact]
    public async Task TheSubRegionsOfEachRegionAddUpToItsRowForTheDirector()
    {
        var token = await app.TokenAsync("director");
        var regions = await RowsAsync(token, ["REGION"]);
        var subRegions = await RowsAsync(token, ["REGION", "SUB_REGION"]);
        Assert.True(regions.Count > 1, "the director should see several 大区");
        Assert.True(subRegions.Count(r => r["subRegion"] is not null) > regions.Count, "each 大区 should split into 片区");
        foreach (var region in regions)
        {
            var code = Code(region, "region");
            var own = subRegions.Where(r => Code(r, "region") == code).ToList();
            Assert.NotEmpty(own);
            Assert.All(own.Where(r => r["subRegion"] is not null), r => Assert.StartsWith(code + "-", Code(r, "subRegion"), StringComparison.Ordinal));
            foreach (var field in Amounts)
            {
                Assert.True(Number(region, field) == own.Sum(r => Number(r, field)), $"{code}: {field} ≠ Σ its 片区");
            }
        }

        var total = Assert.Single(await RowsAsync(token, []));
        var bySubRegion = await RowsAsync(token, ["SUB_REGION"]);
        Assert.All(bySubRegion, r => Assert.Null(r["region"]));
        Assert.Equal(Number(total, "salesAmount"), bySubRegion.Sum(r => Number(r, "salesAmount")));
    }

    [Fact]
    public async Task AManagerSeesOnlyTheSubRegionsOfItsOwnRegion()
    {
        var director = await RowsAsync(await app.TokenAsync("director"), ["REGION", "SUB_REGION"]);
        var manager = await RowsAsync(await app.TokenAsync("manager.east"), ["REGION", "SUB_REGION"]);
        Assert.NotEmpty(manager);
        Assert.All(manager, r => Assert.Equal("EAST", Code(r, "region")));
        var directorsEast = director.Where(r => Code(r, "region") == "EAST").ToDictionary(r => r["subRegion"]?["code"]?.GetValue<string>() ?? "");
        Assert.Equal(directorsEast.Keys.Order(), manager.Select(r => r["subRegion"]?["code"]?.GetValue<string>() ?? "").Order());
        foreach (var row in manager)
        {
            var same = directorsEast[row["subRegion"]?["code"]?.GetValue<string>() ?? ""];
            Assert.Equal(Number(same, "salesAmount"), Number(row, "salesAmount"));
            Assert.Equal(Number(same, "target"), Number(row, "target"));
        }
    }

    private async Task<List<JsonObject>> RowsAsync(string token, string[] groupBy)
    {
        var response = (await app.PostAsync(Kpis, new { groupBy }, token)).EnsureNoErrors();
        return [.. response.Data!["kpis"]!.AsArray().Select(r => r!.AsObject())];
    }

    private static string Code(JsonNode row, string field) => row[field]?["code"]?.GetValue<string>() ?? "";

    private static decimal Number(JsonNode row, string field) => row[field] is { } value ? value.GetValue<decimal>() : 0m;
}
