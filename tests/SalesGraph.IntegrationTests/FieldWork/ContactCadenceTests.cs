using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.FieldWork;

/// <summary>The contact cadence as a rep and a manager live it: A-class customers visited every 14 days, B-class called every 30.</summary>
[Collection(SharedApp.Name)]
public sealed class ContactCadenceTests(SalesGraphApp app)
{
    private const string Due = "query($days: Int) { contactsDue(withinDays: $days, first: 500) { nodes { id grade status nextContactDueOn isContactOverdue lastContactAt owner { id } } } }";

    private const string Activity = "activity { id }";

    private static readonly string[] Graded = ["A", "B"];

    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task TheRepsDueListHoldsOwnAAndBCustomersInDueOrderAndAVisitTakesOneOff()
    {
        var rep = await app.TokenAsync("rep.east.1");
        var due = await DueAsync(rep, 60);
        Assert.NotEmpty(due);
        Assert.All(due, c => Assert.Contains(c["grade"]!.GetValue<string>(), Graded));
        Assert.All(due, c => Assert.NotEqual("LOST", c["status"]!.GetValue<string>()));
        var me = (await app.PostAsync("{ me { staff { id } } }", null, rep)).EnsureNoErrors().Data!["me"]!["staff"]!["id"]!.GetValue<string>();
        Assert.All(due, c => Assert.Equal(me, c["owner"]!["id"]!.GetValue<string>()));
        var days = due.Select(c => DateOnly.Parse(c["nextContactDueOn"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(days.Order(), days);
        Assert.All(days, d => Assert.True(d <= app.Today.AddDays(60)));
        Assert.All(due, c => Assert.Equal(DateOnly.Parse(c["nextContactDueOn"]!.GetValue<string>(), CultureInfo.InvariantCulture) < app.Today, c["isContactOverdue"]!.GetValue<bool>()));

        // An A-class customer: a call does not count, a visit does (due again in 14 days).
        var a = due.First(c => c["grade"]!.GetValue<string>() == "A");
        var aId = a["id"]!.GetValue<string>();
        Assert.Empty((await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Activity, new { customerId = aId, kind = "CALL", subject = "电话回访" }))["errors"]!.AsArray());
        Assert.Equal(a["nextContactDueOn"]!.GetValue<string>(), (await CustomerAsync(aId))["nextContactDueOn"]!.GetValue<string>());
        Assert.Empty((await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Activity, new { customerId = aId, kind = "VISIT", subject = "双周拜访" }))["errors"]!.AsArray());
        var visited = await CustomerAsync(aId);
        Assert.Equal(Day(app.Today.AddDays(14)), visited["nextContactDueOn"]!.GetValue<string>());
        Assert.False(visited["isContactOverdue"]!.GetValue<bool>());
        Assert.NotNull(visited["lastContactAt"]);
        Assert.DoesNotContain(await DueAsync(rep, 7), c => c["id"]!.GetValue<string>() == aId);

        // A B-class customer: a call counts (due again in 30 days).
        if (due.FirstOrDefault(c => c["grade"]!.GetValue<string>() == "B") is { } b)
        {
            var bId = b["id"]!.GetValue<string>();
            Assert.Empty((await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Activity, new { customerId = bId, kind = "CALL", subject = "月度电话" }))["errors"]!.AsArray());
            Assert.Equal(Day(app.Today.AddDays(30)), (await CustomerAsync(bId))["nextContactDueOn"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task CCustomersHaveNoCadenceAndTheManagerSeesComplianceByRepOfTheRegionOnly()
    {
        var director = await app.TokenAsync("director");
        var c = (await app.PostAsync("{ customers(first: 1, where: { grade: { eq: C } }) { nodes { nextContactDueOn isContactOverdue } } }", null, director))
            .EnsureNoErrors().Data!["customers"]!["nodes"]![0]!;
        Assert.Null(c["nextContactDueOn"]);
        Assert.False(c["isContactOverdue"]!.GetValue<bool>());

        const string Compliance = "{ contactCompliance { staff { id } customers onTime rate } }";
        var manager = await app.TokenAsync("manager.east");
        var rows = (await app.PostAsync(Compliance, null, manager)).EnsureNoErrors().Data!["contactCompliance"]!.AsArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(r!["onTime"]!.GetValue<int>(), 0, r["customers"]!.GetValue<int>()));
        Assert.All(rows, r => Assert.Equal(
            Math.Round((decimal)r!["onTime"]!.GetValue<int>() / r["customers"]!.GetValue<int>(), 4), decimal.Parse(r["rate"]!.ToJsonString(), CultureInfo.InvariantCulture)));
        var all = (await app.PostAsync(Compliance, null, director)).EnsureNoErrors().Data!["contactCompliance"]!.AsArray().Select(r => r!.ToJsonString()).ToHashSet();
        Assert.True(all.Count > rows.Count); // the director sees every region's reps, the manager only the east's, with the same figures
        Assert.All(rows, r => Assert.Contains(r!.ToJsonString(), all));

        var refused = await app.PostAsync("{ contactsDue(withinDays: 61) { totalCount } }", null, director);
        Assert.Equal(["VALIDATION"], refused.ErrorCodes);
    }

    private async Task<List<JsonNode>> DueAsync(string token, int days) =>
        [.. (await app.PostAsync(Due, new { days }, token)).EnsureNoErrors().Data!["contactsDue"]!["nodes"]!.AsArray().Select(n => n!)];

    private async Task<JsonNode> CustomerAsync(string id) =>
        (await app.PostAsync("query($id: ID!) { customer(id: $id) { nextContactDueOn isContactOverdue lastContactAt } }", new { id }, await app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["customer"]!;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
