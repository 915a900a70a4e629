using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Funnel;

/// <summary>
/// The funnel (商机) through the API: a rep opens an opportunity on an own customer, moves it LEAD → INTENTION → QUOTE
/// and wins it, which drafts the contract; wrong moves, stale versions and other reps are refused.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class OpportunityTests(SalesGraphApp app)
{
    private const string Fields =
        "opportunity { id title stage expectedAmount expectedCloseOn source closedOn lostReason version owner { id } customer { id } contract { id status agreedTotal customer { id } } }";

    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task ARepMovesAnOpportunityThroughTheFunnelAndWinningItDraftsTheContract()
    {
        var (rep, _) = await _w.MeAsync("rep.east.1");
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var close = app.Today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await _w.PayloadAsync("rep.east.1", "createOpportunity", "CreateOpportunityInput", Fields,
            new { customerId, title = "二期产线扩容", expectedAmount = 180_000m, expectedCloseOn = close, source = "REFERRAL" });
        Assert.Empty(created["errors"]!.AsArray());
        var opportunity = created["opportunity"]!;
        Assert.Equal(("LEAD", "REFERRAL", rep, 1), (Text(opportunity, "stage"), Text(opportunity, "source"), Text(opportunity["owner"]!, "id"), opportunity["version"]!.GetValue<int>()));
        var id = Text(opportunity, "id");

        var early = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "WON" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"stage\"]")], WriteChecks.CodesAndPaths(early));
        Assert.Contains("only a QUOTE is won", early["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var version = 1;
        foreach (var stage in new[] { "INTENTION", "QUOTE" })
        {
            var moved = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, version, stage });
            Assert.Empty(moved["errors"]!.AsArray());
            Assert.Equal(stage, Text(moved["opportunity"]!, "stage"));
            version = moved["opportunity"]!["version"]!.GetValue<int>();
        }

        var stale = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, version = 1, stage = "LEAD" });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(stale));
        var otherRep = await _w.PayloadAsync("rep.east.2", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "LOST", lostReason = "x" });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"opportunityId\"]")], WriteChecks.CodesAndPaths(otherRep));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("support.east", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "LEAD" })).ErrorCodes);

        var noLines = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "WON", lines = Array.Empty<object>() });
        Assert.Equal("VALIDATION", noLines["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("QUOTE", Text(noLines["opportunity"]!, "stage"));

        var (productId, listPrice) = await new ContractScenario(app).ProductAsync(2_000m, 9_000m);
        var won = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields,
            new { opportunityId = id, version, stage = "WON", lines = new[] { new { productId, quantity = 3, unitPrice = listPrice } } });
        Assert.Empty(won["errors"]!.AsArray());
        var done = won["opportunity"]!;
        Assert.Equal(("WON", app.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (Text(done, "stage"), Text(done, "closedOn")));
        Assert.Equal(("DRAFT", customerId), (Text(done["contract"]!, "status"), Text(done["contract"]!["customer"]!, "id")));
        Assert.Equal(3 * listPrice, ContractScenario.Price(done["contract"]!["agreedTotal"]!));
        var after = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "LOST", lostReason = "x" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"stage\"]")], WriteChecks.CodesAndPaths(after));

        var audit = await _w.AuditAsync("Opportunity", id);
        Assert.Equal(["moveOpportunity:update", "moveOpportunity:update", "moveOpportunity:update", "createOpportunity:create"], audit.Select(a => a.Action));

        // The manager's pipeline review: the region's opportunities by stage; the rep's own customer page lists it.
        var review = (await app.PostAsync(
            "{ opportunities(first: 100, where: { stage: { eq: WON } }, order: [{ createdAt: DESC }]) { nodes { id owner { id } } } }", null,
            await app.TokenAsync("manager.east"))).EnsureNoErrors().Data!["opportunities"]!["nodes"]!.AsArray();
        Assert.Contains(review, n => Text(n!, "id") == id && Text(n!["owner"]!, "id") == rep);
        var northReview = (await app.PostAsync("query($id: ID!) { opportunity(id: $id) { id } }", new { id }, await app.TokenAsync("manager.north"))).ErrorCodes;
        Assert.Equal(["NOT_FOUND"], northReview);
    }

    [Fact]
    public async Task LosingNeedsAReasonAndBadInputIsRefusedPerField()
    {
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var bad = await _w.PayloadAsync("rep.east.1", "createOpportunity", "CreateOpportunityInput", Fields,
            new { customerId, title = " ", expectedAmount = 0m, expectedCloseOn = app.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(
            [("VALIDATION", "[\"input\",\"title\"]"), ("VALIDATION", "[\"input\",\"expectedAmount\"]"), ("VALIDATION", "[\"input\",\"expectedCloseOn\"]")],
            WriteChecks.CodesAndPaths(bad));
        var id = Text((await _w.PayloadAsync("manager.east", "createOpportunity", "CreateOpportunityInput", Fields,
            new { customerId, title = "年度框架采购", expectedAmount = 50_000m, expectedCloseOn = app.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))["opportunity"]!, "id");
        var noReason = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "LOST" });
        Assert.Equal([("VALIDATION", "[\"input\",\"lostReason\"]")], WriteChecks.CodesAndPaths(noReason));
        var lost = await _w.PayloadAsync("rep.east.1", "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage = "LOST", lostReason = "价格高于竞品" });
        Assert.Equal(("LOST", "价格高于竞品"), (Text(lost["opportunity"]!, "stage"), Text(lost["opportunity"]!, "lostReason")));
    }

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();
}
