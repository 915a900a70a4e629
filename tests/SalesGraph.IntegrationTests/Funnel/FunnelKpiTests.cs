using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Calendar;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Funnel;

/// <summary>
/// The funnel KPI, the conversion by source and the pipeline review on a business clock the test moves: the app starts
/// on 1 April 2026 at 09:00 in Shanghai, so the demo's opportunities were all created and closed by 31 March and April's
/// created, won and lost ones are this test's, counted by hand below. The demo's open opportunities expected to close in
/// April and later stay, so the pipeline figures are checked as what this test's opportunities add.
/// </summary>
public sealed class FunnelKpiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 1, 0, 0, TimeSpan.Zero);

    private const string Fields = "opportunity { id stage furthestStage version }";

    private const string KpiFields = "opportunitiesCreated opportunitiesWon wonOpportunityAmount opportunitiesLost funnelWinRate openOpportunities pipelineAmount";

    private const string ConversionFields = "source created reachedIntention reachedQuote won lost open wonAmount leadToIntentionRate intentionToQuoteRate quoteToWonRate conversionRate winRate";

    private const string PipelineFields = "owner { id } stage month count expectedAmount weightedAmount slipped";

    private readonly MovableClock _clock = new(Start);
    private readonly SalesGraphApp _app;
    private readonly WriteChecks _w;

    public FunnelKpiTests()
    {
        _app = new SalesGraphApp(
            PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null, ownsDatabase: true,
            services: s => s.AddSingleton(new BusinessCalendar(_clock, BusinessTimeZone.Default)));
        _w = new WriteChecks(_app);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheKpiAndTheConversionCountWhatWasCreatedMovedWonAndLostEachRepSeesOnlyOwn()
    {
        var scenario = new ContractScenario(_app);
        var (rep1, _) = await _w.MeAsync("rep.east.1");
        var (rep2, _) = await _w.MeAsync("rep.east.2");
        var mine = await scenario.CustomerOfAsync("rep.east.1");
        var colleagues = await scenario.CustomerOfAsync("rep.east.2");
        var before = (await KpiRowsAsync("director", ""))[0]!;
        Assert.Equal((0, 0, 0, (decimal?)null), (Int(before, "opportunitiesCreated"), Int(before, "opportunitiesWon"), Int(before, "opportunitiesLost"), Dec(before, "funnelWinRate")));
        var pipelineBefore = Dec(before, "pipelineAmount")!.Value;
        var rep1PipelineBefore = Dec((await KpiRowsAsync("rep.east.1", ""))[0]!, "pipelineAmount")!.Value;
        Assert.Equal([(null, 0)], (await ConversionAsync("director")).Select(r => (r!["source"]?.GetValue<string>(), Int(r, "created"))));

        // rep.east.1: A won through QUOTE, B lost at INTENTION, C left at LEAD expected in April; rep.east.2: D jumped to
        // QUOTE and back to LEAD, expected in May.
        var a = await CreateAsync("rep.east.1", mine, "A 产线改造", 100_000m, "2026-04-25", "REFERRAL");
        var b = await CreateAsync("rep.east.1", mine, "B 备件", 50_000m, "2026-04-28", "ONLINE");
        await CreateAsync("rep.east.1", mine, "C 试用", 30_000m, "2026-04-20", "REFERRAL");
        var d = await CreateAsync("rep.east.2", colleagues, "D 扩产", 70_000m, "2026-05-10", "REFERRAL");
        await MoveAsync("rep.east.1", a, "INTENTION");
        await MoveAsync("rep.east.1", a, "QUOTE");
        var (productId, listPrice) = await scenario.ProductAsync(1_000m, 5_000m);
        var won = await MoveAsync("rep.east.1", a, "WON", lines: new[] { new { productId, quantity = 2, unitPrice = listPrice } });
        Assert.Equal(("WON", "WON"), (won["stage"]!.GetValue<string>(), won["furthestStage"]!.GetValue<string>()));
        await MoveAsync("rep.east.1", b, "INTENTION");
        var lost = await MoveAsync("rep.east.1", b, "LOST", lostReason: "价格高于竞品");
        Assert.Equal(("LOST", "INTENTION"), (lost["stage"]!.GetValue<string>(), lost["furthestStage"]!.GetValue<string>()));
        await MoveAsync("rep.east.2", d, "QUOTE");
        var back = await MoveAsync("rep.east.2", d, "LEAD");
        Assert.Equal(("LEAD", "QUOTE"), (back["stage"]!.GetValue<string>(), back["furthestStage"]!.GetValue<string>()));

        var company = (await KpiRowsAsync("director", ""))[0]!;
        Assert.Equal((4, 1, 100_000m, 1, (decimal?)0.5m), Figures(company));
        Assert.Equal(pipelineBefore + 30_000m, Dec(company, "pipelineAmount")!.Value);
        var byRep = (await KpiRowsAsync("manager.east", "groupBy: [STAFF]")).ToDictionary(r => r!["staff"]!["id"]!.GetValue<string>(), r => r!);
        Assert.Equal((3, 1, 100_000m, 1, (decimal?)0.5m), Figures(byRep[rep1]));
        Assert.Equal((1, 0, 0m, 0, (decimal?)null), Figures(byRep[rep2]));
        var own = await KpiRowsAsync("rep.east.1", "groupBy: [STAFF]");
        Assert.Equal([rep1], own.Select(r => r!["staff"]!["id"]!.GetValue<string>()));
        Assert.Equal((3, 1, 100_000m, 1, (decimal?)0.5m), Figures(own[0]!));
        Assert.Equal(rep1PipelineBefore + 30_000m, Dec(own[0]!, "pipelineAmount")!.Value);
        Assert.Equal(0, Int((await KpiRowsAsync("manager.north", ""))[0]!, "opportunitiesCreated"));
        var byMonth = await KpiRowsAsync("director", "groupBy: [MONTH]");
        Assert.Equal((4, 1, 1), (Int(byMonth.Single(r => r!["month"]!.GetValue<int>() == 4)!, "opportunitiesCreated"),
            Int(byMonth.Single(r => r!["month"]!.GetValue<int>() == 4)!, "opportunitiesWon"), Int(byMonth.Single(r => r!["month"]!.GetValue<int>() == 4)!, "opportunitiesLost")));

        // Conversion by source: the director sees A, C, D (referral) and B (online); rep.east.1 only A, B, C.
        var all = (await ConversionAsync("director")).ToDictionary(r => r!["source"]?.GetValue<string>() ?? "TOTAL", r => r!);
        Assert.Equal(["ONLINE", "REFERRAL", "TOTAL"], all.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((3, 2, 2, 1, 0, 2), Counts(all["REFERRAL"]));
        Assert.Equal(((decimal?)0.6667m, (decimal?)1m, (decimal?)0.5m, (decimal?)0.3333m, (decimal?)1m), Rates(all["REFERRAL"]));
        Assert.Equal((1, 1, 0, 0, 1, 0), Counts(all["ONLINE"]));
        Assert.Equal((4, 3, 2, 1, 1, 2), Counts(all["TOTAL"]));
        Assert.Equal(100_000m, Dec(all["TOTAL"], "wonAmount")!.Value);
        var repOnly = (await ConversionAsync("rep.east.1")).ToDictionary(r => r!["source"]?.GetValue<string>() ?? "TOTAL", r => r!);
        Assert.Equal((2, 1, 1, 1, 0, 1), Counts(repOnly["REFERRAL"]));
        Assert.Equal((3, 2, 1, 1, 1, 1), Counts(repOnly["TOTAL"]));
        Assert.Equal((1, 1, 1, 0, 0, 1), Counts((await ConversionAsync("rep.east.2"))[^1]!));
        Assert.Equal(0, Int((await ConversionAsync("manager.north"))[^1]!, "created"));
        Assert.Equal((1, 1, 1, 0, 0, 1), Counts((await ConversionAsync("director", $"where: {{ staffId: \"{rep2}\" }}"))[^1]!));
        Assert.Equal((1, 0, 0m, 0, (decimal?)null), Figures((await KpiRowsAsync("director", $"where: {{ staffId: \"{rep2}\" }}"))[0]!));
        Assert.Equal(["VALIDATION"], (await _app.PostAsync("{ funnelConversion(where: { staffId: \"nope\" }) { created } }", null, await _app.TokenAsync("director"))).ErrorCodes);
    }

    [Fact]
    public async Task ThePipelineReviewGroupsOpenOnesByRepStageAndMonthScopedAndSlippedOnesMoveIntoTheCurrentMonth()
    {
        var scenario = new ContractScenario(_app);
        var (rep1, _) = await _w.MeAsync("rep.east.1");
        var (rep2, _) = await _w.MeAsync("rep.east.2");
        var mine = await scenario.CustomerOfAsync("rep.east.1");
        var colleagues = await scenario.CustomerOfAsync("rep.east.2");
        var rep1Before = Cells(await PipelineAsync("rep.east.1", 3));
        var rep2Before = Cells(await PipelineAsync("rep.east.2", 3));

        await CreateAsync("rep.east.1", mine, "P1", 40_000m, "2026-04-15", "EXHIBITION");
        var quote = await CreateAsync("rep.east.1", mine, "P2", 80_000m, "2026-04-30", "EXHIBITION");
        await MoveAsync("rep.east.1", quote, "QUOTE");
        await CreateAsync("rep.east.2", colleagues, "P3", 70_000m, "2026-05-10", "AGENT");
        await CreateAsync("rep.east.2", colleagues, "P4", 90_000m, "2026-09-10", "AGENT");

        var rep1Rows = await PipelineAsync("rep.east.1", 3);
        Assert.All(rep1Rows, r => Assert.Equal(rep1, r!["owner"]!["id"]!.GetValue<string>()));
        var rep1After = Cells(rep1Rows);
        Assert.Equal(Plus(rep1Before, ("LEAD", "2026-04-01"), 1, 40_000m), Cell(rep1After, ("LEAD", "2026-04-01")));
        Assert.Equal(Plus(rep1Before, ("QUOTE", "2026-04-01"), 1, 80_000m), Cell(rep1After, ("QUOTE", "2026-04-01")));
        var quoteRow = rep1Rows.Single(r => r!["stage"]!.GetValue<string>() == "QUOTE" && r["month"]!.GetValue<string>() == "2026-04-01")!;
        Assert.Equal(decimal.Round(Dec(quoteRow, "expectedAmount")!.Value * 0.6m, 2), Dec(quoteRow, "weightedAmount")!.Value);
        Assert.All(rep1Rows, r => Assert.InRange(string.CompareOrdinal(r!["month"]!.GetValue<string>(), "2026-04-01"), 0, int.MaxValue));
        Assert.All(rep1Rows, r => Assert.True(string.CompareOrdinal(r!["month"]!.GetValue<string>(), "2026-07-01") < 0));

        var rep2After = Cells(await PipelineAsync("rep.east.2", 3));
        Assert.Equal(Plus(rep2Before, ("LEAD", "2026-05-01"), 1, 70_000m), Cell(rep2After, ("LEAD", "2026-05-01")));
        Assert.DoesNotContain(rep2After.Keys, k => k.Month == "2026-09-01");
        Assert.Contains(("LEAD", "2026-09-01"), Cells(await PipelineAsync("rep.east.2", 6)).Keys);

        var team = await PipelineAsync("manager.east", 3);
        Assert.Contains(team, r => r!["owner"]!["id"]!.GetValue<string>() == rep1);
        Assert.Contains(team, r => r!["owner"]!["id"]!.GetValue<string>() == rep2);
        Assert.DoesNotContain(await PipelineAsync("manager.north", 3), r => r!["owner"]!["id"]!.GetValue<string>() is var id && (id == rep1 || id == rep2));
        var bad = await _app.PostAsync("{ pipelineReview(months: 0) { count } }", null, await _app.TokenAsync("manager.east"));
        Assert.Equal(["VALIDATION"], bad.ErrorCodes);

        // A month later, April's open ones have slipped into May.
        var april = Cells(await PipelineAsync("rep.east.1", 3));
        _clock.Advance(TimeSpan.FromDays(31));
        var may = Cells(await PipelineAsync("rep.east.1", 3));
        foreach (var stage in new[] { "LEAD", "QUOTE" })
        {
            var (aprCount, aprAmount, _) = Cell(april, (stage, "2026-04-01"));
            var (mayCount, mayAmount, _) = Cell(april, (stage, "2026-05-01"));
            Assert.Equal((aprCount + mayCount, aprAmount + mayAmount, aprCount), Cell(may, (stage, "2026-05-01")));
        }

        Assert.DoesNotContain(may.Keys, k => k.Month == "2026-04-01");
    }

    private async Task<string> CreateAsync(string who, string customerId, string title, decimal amount, string close, string source)
    {
        var payload = await _w.PayloadAsync(who, "createOpportunity", "CreateOpportunityInput", Fields,
            new { customerId, title, expectedAmount = amount, expectedCloseOn = close, source });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["opportunity"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> MoveAsync(string who, string id, string stage, string? lostReason = null, object? lines = null)
    {
        var payload = await _w.PayloadAsync(who, "moveOpportunity", "MoveOpportunityInput", Fields, new { opportunityId = id, stage, lostReason, lines });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["opportunity"]!;
    }

    private async Task<JsonArray> KpiRowsAsync(string who, string groupBy) =>
        (await _app.PostAsync($"{{ kpis(period: {{ year: 2026, month: 4 }} {groupBy}) {{ staff {{ id }} month {KpiFields} }} }}", null, await _app.TokenAsync(who)))
        .EnsureNoErrors().Data!["kpis"]!.AsArray();

    private async Task<JsonArray> ConversionAsync(string who, string where = "") =>
        (await _app.PostAsync($"{{ funnelConversion(period: {{ year: 2026, month: 4 }} {where}) {{ {ConversionFields} }} }}", null, await _app.TokenAsync(who)))
        .EnsureNoErrors().Data!["funnelConversion"]!.AsArray();

    private async Task<JsonArray> PipelineAsync(string who, int months) =>
        (await _app.PostAsync($"{{ pipelineReview(months: {months}) {{ {PipelineFields} }} }}", null, await _app.TokenAsync(who)))
        .EnsureNoErrors().Data!["pipelineReview"]!.AsArray();

    private static Dictionary<(string Stage, string Month), (int Count, decimal Amount, int Slipped)> Cells(JsonArray rows) => rows.ToDictionary(
        r => (r!["stage"]!.GetValue<string>(), r["month"]!.GetValue<string>()),
        r => (Int(r!, "count"), Dec(r!, "expectedAmount")!.Value, Int(r!, "slipped")));

    private static (int Count, decimal Amount, int Slipped) Cell(Dictionary<(string Stage, string Month), (int Count, decimal Amount, int Slipped)> cells, (string, string) key) =>
        cells.GetValueOrDefault(key);

    private static (int Count, decimal Amount, int Slipped) Plus(
        Dictionary<(string Stage, string Month), (int Count, decimal Amount, int Slipped)> cells, (string, string) key, int count, decimal amount)
    {
        var (c, a, s) = Cell(cells, key);
        return (c + count, a + amount, s);
    }

    private static (int, int, decimal, int, decimal?) Figures(JsonNode row) =>
        (Int(row, "opportunitiesCreated"), Int(row, "opportunitiesWon"), Dec(row, "wonOpportunityAmount")!.Value, Int(row, "opportunitiesLost"), Dec(row, "funnelWinRate"));

    private static (int, int, int, int, int, int) Counts(JsonNode row) =>
        (Int(row, "created"), Int(row, "reachedIntention"), Int(row, "reachedQuote"), Int(row, "won"), Int(row, "lost"), Int(row, "open"));

    private static (decimal?, decimal?, decimal?, decimal?, decimal?) Rates(JsonNode row) =>
        (Dec(row, "leadToIntentionRate"), Dec(row, "intentionToQuoteRate"), Dec(row, "quoteToWonRate"), Dec(row, "conversionRate"), Dec(row, "winRate"));

    private static int Int(JsonNode row, string field) => row[field]!.GetValue<int>();

    private static decimal? Dec(JsonNode row, string field) => row[field] is { } v ? decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : null;

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
