using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Calendar;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Complaints;

/// <summary>
/// The 2-hour timer and the complaint-response KPI on a business clock the test moves: the app starts on 1 April 2026
/// at 09:00 in Shanghai, so the demo history ends on 31 March and April holds only this test's complaints, whose
/// figures are computed by hand below.
/// </summary>
public sealed class ComplaintTimerAndKpiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 1, 0, 0, TimeSpan.Zero);

    private const string Fields = "complaint { id status receivedAt answerDueAt isAnswerOverdue answerMinutesLeft minutesToAnswer }";

    private const string KpiFields = "complaintCount complaintsAnswered complaintsAnsweredInTime complaintResponseRate medianMinutesToAnswer";

    private readonly MovableClock _clock = new(Start);
    private readonly SalesGraphApp _app;
    private readonly WriteChecks _w;

    public ComplaintTimerAndKpiTests()
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
    public async Task TheTimerCountsDownGoesOverdueAndTheKpiGivesTheHandComputedMedianAndShare()
    {
        var scenario = new ContractScenario(_app);
        var mine = await scenario.CustomerOfAsync("rep.east.1");
        var colleagues = await scenario.CustomerOfAsync("rep.east.2");
        var before = await KpiRowsAsync("director", "");
        Assert.Equal((0, (decimal?)null, (decimal?)null), (before[0]!["complaintCount"]!.GetValue<int>(), Rate(before[0]!), Median(before[0]!)));

        // 09:00 A comes in: 120 minutes left.
        var a = await LogAsync("rep.east.1", mine, null);
        Assert.Equal((120, false), (a["answerMinutesLeft"]!.GetValue<int>(), a["isAnswerOverdue"]!.GetValue<bool>()));

        // 09:30: A has 90 minutes left and is answered after 30; B is logged as received at 09:10.
        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(90, (await ReadAsync(a["id"]!))["answerMinutesLeft"]!.GetValue<int>());
        var answeredA = await AnswerAsync("rep.east.1", a["id"]!);
        Assert.Equal((30m, false), (answeredA["minutesToAnswer"]!.GetValue<decimal>(), answeredA["isAnswerOverdue"]!.GetValue<bool>()));
        Assert.Null(answeredA["answerMinutesLeft"]);
        var b = await LogAsync("rep.east.1", mine, Start.AddMinutes(10).UtcDateTime);
        Assert.Equal(100, b["answerMinutesLeft"]!.GetValue<int>());

        // 12:00: B was due at 11:10, 50 minutes ago; answered now (170 minutes), it stays late. C comes in and stays open;
        // D, on rep.east.2's customer, is answered 20 minutes later.
        _clock.Advance(TimeSpan.FromMinutes(150));
        var lateB = await ReadAsync(b["id"]!);
        Assert.Equal((-50, true), (lateB["answerMinutesLeft"]!.GetValue<int>(), lateB["isAnswerOverdue"]!.GetValue<bool>()));
        var answeredB = await AnswerAsync("manager.east", b["id"]!);
        Assert.Equal((170m, true, "ANSWERED"), (answeredB["minutesToAnswer"]!.GetValue<decimal>(), answeredB["isAnswerOverdue"]!.GetValue<bool>(), answeredB["status"]!.GetValue<string>()));
        await LogAsync("rep.east.1", mine, null);
        var d = await LogAsync("rep.east.2", colleagues, null);
        _clock.Advance(TimeSpan.FromMinutes(20));
        await AnswerAsync("rep.east.2", d["id"]!);

        // Company: 4 received, 3 answered, 2 within 2 hours (A 30, D 20; B 170 late) → 0.5; median of 20, 30, 170 = 30.
        var company = (await KpiRowsAsync("director", ""))[0]!;
        Assert.Equal((4, 3, 2, 0.5m, 30m), Figures(company));

        // By rep: rep.east.1 has A, B, C → 1 of 3 in time, median of 30 and 170 = 100; rep.east.2 has D alone.
        var (rep1, _) = await _w.MeAsync("rep.east.1");
        var (rep2, _) = await _w.MeAsync("rep.east.2");
        var byRep = (await KpiRowsAsync("director", "groupBy: [STAFF]")).ToDictionary(r => r!["staff"]!["id"]!.GetValue<string>(), r => Figures(r!));
        Assert.Equal((3, 2, 1, 0.3333m, 100m), byRep[rep1]);
        Assert.Equal((1, 1, 1, 1m, 20m), byRep[rep2]);

        // A rep's KPIs are its own; a month row carries the same figures as the period.
        Assert.Equal((3, 2, 1, 0.3333m, 100m), Figures((await KpiRowsAsync("rep.east.1", ""))[0]!));
        var april = (await KpiRowsAsync("manager.east", "groupBy: [MONTH]")).Single(r => r!["month"]!.GetValue<int>() == 4)!;
        Assert.Equal((4, 3, 2, 0.5m, 30m), Figures(april));

        // The complaints page's list of open ones (the demo's from March left out): C, 100 minutes left.
        var overdue = (await _app.PostAsync(
            "{ complaints(first: 10, where: { status: { in: [OPEN, FORWARDED] }, receivedAt: { gte: \"2026-04-01T01:00:00Z\" } }, order: [{ answerDueAt: ASC }]) " +
            "{ nodes { isAnswerOverdue answerMinutesLeft } } }",
            null, await _app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["complaints"]!["nodes"]!.AsArray();
        Assert.Equal([(false, 100)], overdue.Select(n => (n!["isAnswerOverdue"]!.GetValue<bool>(), n["answerMinutesLeft"]!.GetValue<int>())));
    }

    private async Task<JsonNode> LogAsync(string who, string customerId, DateTime? receivedAt)
    {
        var payload = await _w.PayloadAsync(who, "logComplaint", "LogComplaintInput", Fields,
            new { customerId, category = "DELIVERY", severity = "MEDIUM", description = "到货延迟", receivedAt });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["complaint"]!;
    }

    private async Task<JsonNode> AnswerAsync(string who, JsonNode id)
    {
        var payload = await _w.PayloadAsync(who, "answerComplaint", "AnswerComplaintInput", Fields, new { complaintId = id.GetValue<string>(), answer = "已回复客户" });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["complaint"]!;
    }

    private async Task<JsonNode> ReadAsync(JsonNode id) =>
        (await _app.PostAsync("query($id: ID!) { complaint(id: $id) { " + Fields[("complaint { ".Length)..] + " }", new { id = id.GetValue<string>() }, await _app.TokenAsync("rep.east.1")))
        .EnsureNoErrors().Data!["complaint"]!;

    private async Task<JsonArray> KpiRowsAsync(string who, string groupBy) =>
        (await _app.PostAsync($"{{ kpis(period: {{ year: 2026, month: 4 }} {groupBy}) {{ staff {{ id }} month {KpiFields} }} }}", null, await _app.TokenAsync(who)))
        .EnsureNoErrors().Data!["kpis"]!.AsArray();

    private static (int, int, int, decimal?, decimal?) Figures(JsonNode row) =>
        (row["complaintCount"]!.GetValue<int>(), row["complaintsAnswered"]!.GetValue<int>(), row["complaintsAnsweredInTime"]!.GetValue<int>(), Rate(row), Median(row));

    private static decimal? Rate(JsonNode row) => row["complaintResponseRate"] is { } r ? decimal.Parse(r.ToJsonString(), CultureInfo.InvariantCulture) : null;

    private static decimal? Median(JsonNode row) => row["medianMinutesToAnswer"] is { } m ? decimal.Parse(m.ToJsonString(), CultureInfo.InvariantCulture) : null;

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
