using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.FieldWork;

/// <summary>
/// The visitCompliance KPI (拜访达标率) grouped by rep agrees with the manager's contactCompliance list, counted another
/// way; a visit on an overdue A-class customer moves its rep's figure by one; scoped like the other KPI fields.
/// </summary>
public sealed class VisitComplianceKpiTests : IAsyncLifetime
{
    private const string Fields = "staff { id } region { id } cadenceCustomers contactedOnTime visitCompliance";

    private readonly SalesGraphApp _app = new(PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null, ownsDatabase: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheKpiByRepEqualsTheComplianceListAndAVisitOnAnOverdueCustomerCountsOnce()
    {
        var list = await ComplianceAsync("manager.east");
        var kpi = await KpiByRepAsync("manager.east");
        Assert.NotEmpty(list);
        Assert.Equal(list.Keys.Order(StringComparer.Ordinal), kpi.Keys.Where(k => kpi[k].Customers > 0).Order(StringComparer.Ordinal));
        foreach (var (rep, (customers, onTime)) in list)
        {
            Assert.Equal((customers, onTime), (kpi[rep].Customers, kpi[rep].OnTime));
            Assert.Equal(Math.Round((decimal)onTime / customers, 4), kpi[rep].Rate);
        }

        // The company total is the sum over reps; a rep sees its own row only; a north manager none of the east's.
        var total = (await KpiRowsAsync("director", ""))[0]!;
        var byRep = await KpiByRepAsync("director");
        Assert.Equal(byRep.Values.Sum(v => v.Customers), total["cadenceCustomers"]!.GetValue<int>());
        Assert.Equal(byRep.Values.Sum(v => v.OnTime), total["contactedOnTime"]!.GetValue<int>());
        var own = await KpiByRepAsync("rep.east.1");
        var rep1 = Assert.Single(own.Keys);
        Assert.Equal(kpi[rep1], own[rep1]);
        Assert.DoesNotContain(rep1, (await KpiByRepAsync("manager.north")).Keys);

        // An overdue customer of the east is visited by the manager: one more on time for its owner rep, the same number of customers.
        var due = (await _app.PostAsync("{ contactsDue(withinDays: 0, first: 100) { nodes { id isContactOverdue owner { id } } } }", null, await _app.TokenAsync("manager.east")))
            .EnsureNoErrors().Data!["contactsDue"]!["nodes"]!.AsArray();
        var overdue = due.First(n => n!["isContactOverdue"]!.GetValue<bool>())!;
        var owner = overdue["owner"]!["id"]!.GetValue<string>();
        var logged = (await _app.PostAsync(
            "mutation($input: LogActivityInput!) { logActivity(input: $input) { errors { code } } }",
            new { input = new { customerId = overdue["id"]!.GetValue<string>(), kind = "VISIT", subject = "逾期补访" } }, await _app.TokenAsync("manager.east"))).EnsureNoErrors();
        Assert.Empty(logged.Data!["logActivity"]!["errors"]!.AsArray());
        var after = await KpiByRepAsync("manager.east");
        Assert.Equal((kpi[owner].Customers, kpi[owner].OnTime + 1), (after[owner].Customers, after[owner].OnTime));
        Assert.Equal((list[owner].Customers, list[owner].OnTime + 1), (await ComplianceAsync("manager.east"))[owner]);

        // By product line there is no compliance; a period in the future has none yet.
        var byLine = (await _app.PostAsync("{ kpis(groupBy: [PRODUCT_LINE]) { cadenceCustomers visitCompliance } }", null, await _app.TokenAsync("director")))
            .EnsureNoErrors().Data!["kpis"]!.AsArray();
        Assert.All(byLine, r => Assert.Null(r!["cadenceCustomers"]));
        var next = _app.Today.Year + 1;
        var future = (await _app.PostAsync($"{{ kpis(period: {{ year: {next} }}) {{ cadenceCustomers visitCompliance }} }}", null, await _app.TokenAsync("director")))
            .EnsureNoErrors().Data!["kpis"]!.AsArray();
        Assert.All(future, r => Assert.Null(r!["visitCompliance"]));
    }

    private async Task<Dictionary<string, (int Customers, int OnTime)>> ComplianceAsync(string who) =>
        (await _app.PostAsync("{ contactCompliance { staff { id } customers onTime } }", null, await _app.TokenAsync(who)))
        .EnsureNoErrors().Data!["contactCompliance"]!.AsArray()
        .ToDictionary(r => r!["staff"]!["id"]!.GetValue<string>(), r => (r!["customers"]!.GetValue<int>(), r["onTime"]!.GetValue<int>()));

    private async Task<Dictionary<string, (int Customers, int OnTime, decimal? Rate)>> KpiByRepAsync(string who) =>
        (await KpiRowsAsync(who, "groupBy: [STAFF]"))
        .Where(r => r!["cadenceCustomers"] is not null)
        .ToDictionary(r => r!["staff"]!["id"]!.GetValue<string>(), r => (
            r!["cadenceCustomers"]!.GetValue<int>(), r["contactedOnTime"]!.GetValue<int>(),
            r["visitCompliance"] is { } v ? decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : (decimal?)null));

    private async Task<JsonArray> KpiRowsAsync(string who, string groupBy) =>
        (await _app.PostAsync($"{{ kpis{(groupBy.Length == 0 ? "" : $"({groupBy})")} {{ {Fields} }} }}", null, await _app.TokenAsync(who))).EnsureNoErrors().Data!["kpis"]!.AsArray();
}
