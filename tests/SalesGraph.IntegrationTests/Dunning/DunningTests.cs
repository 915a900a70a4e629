using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Calendar;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Dunning;

/// <summary>
/// Dunning (催收) on a business clock the test moves: the app starts on 1 April 2026, the demo history ends the day
/// before, so no receipt comes in unless the test records it. Notices are issued for what is overdue, a promise holds
/// a notice at its level until its day passes, and without a promise or receipt it moves from the rep to the manager
/// (after Dunning:EscalateAfterDays, 7) and on to the director; paid up, it closes.
/// </summary>
public sealed class DunningTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 1, 0, 0, TimeSpan.Zero);
    private const string Run = "run { issued escalated closed unchanged }";
    private const string Chase = "collectionsToChase(first: 100) { totalCount nodes { id number level status customer { id } } }";

    private readonly MovableClock _clock = new(Start);
    private readonly SalesGraphApp _app;
    private readonly WriteChecks _w;

    public DunningTests()
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
    public async Task NoticesMoveFromTheRepToTheManagerToTheDirectorUnlessAPromiseStandsAndCloseWhenPaid()
    {
        var (customerId, invoiceId) = await CustomerWithOverdueInvoiceAsync(1_000m);
        var issued = await RunAsync("finance", "issueCollectionNotices");
        Assert.True(issued["issued"]!.GetValue<int>() > 1, "the demo data has overdue customers");
        Assert.Equal((0, issued["issued"]!.GetValue<int>()), ((await RunAsync("finance", "issueCollectionNotices"))["issued"]!.GetValue<int>(),
            (await RunAsync("finance", "issueCollectionNotices", dryRun: true))["unchanged"]!.GetValue<int>()));

        // The rep chases its own customers' notices at level REP, the new customer's among them, with its overdue invoice.
        var repList = await ChaseAsync("rep.east.1", customerId);
        Assert.All(repList, n => Assert.Equal(("REP", "OPEN"), (n["level"]!.GetValue<string>(), n["status"]!.GetValue<string>())));
        var mine = repList.Single(n => n["customer"]!["id"]!.GetValue<string>() == customerId);
        var other = repList.First(n => n["customer"]!["id"]!.GetValue<string>() != customerId);
        var items = (await _app.PostAsync("query($id: ID!) { collectionNotice(id: $id) { overdueAmount items { nodes { invoiceNumber daysOverdue openAmount invoice { id } } } } }",
            new { id = Id(mine) }, await _app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["collectionNotice"]!;
        Assert.Equal(1_000m, Money(items["overdueAmount"]!));
        Assert.Equal(invoiceId, items["items"]!["nodes"]![0]!["invoice"]!["id"]!.GetValue<string>());
        Assert.Empty(await ChaseAsync("manager.east"));

        // A promise in 10 days on the other notice; a promise in the past, a colleague and finance are refused.
        Assert.Equal([("VALIDATION", """["input","promisedOn"]""")],
            WriteChecks.CodesAndPaths(await PromiseAsync("rep.east.1", Id(other), "2026-03-31")));
        Assert.Equal(["NOT_FOUND"], WriteChecks.CodesAndPaths(await PromiseAsync("rep.east.2", Id(other), "2026-04-11")).Select(e => e.Item1));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("finance", "recordPaymentPromise", "RecordPaymentPromiseInput", "collectionNotice { id }",
            new { collectionNoticeId = Id(other), promisedOn = "2026-04-11", amount = 100m })).ErrorCodes);
        var promised = await PromiseAsync("rep.east.1", Id(other), "2026-04-11");
        Assert.Equal("PROMISED", promised["collectionNotice"]!["status"]!.GetValue<string>());

        // 9 April: 8 days without a promise or receipt: the new customer's notice goes to the manager; the promise holds the other.
        _clock.Advance(TimeSpan.FromDays(8));
        await RunAsync("finance", "escalateCollectionNotices");
        Assert.Equal("MANAGER", await LevelAsync(Id(mine)));
        Assert.Equal("REP", await LevelAsync(Id(other)));
        Assert.True(await ChasesAsync("manager.east", Id(mine)));
        Assert.False(await ChasesAsync("rep.east.1", Id(mine)));
        Assert.True(await ChasesAsync("rep.east.1", Id(other)));

        // 17 April: the promise of the 11th was broken: the other goes to the manager; the first, 8 days at MANAGER, to the director.
        _clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("rep.east.1", "escalateCollectionNotices", "DunningRunInput", Run, new { })).ErrorCodes);
        await RunAsync("director", "escalateCollectionNotices");
        Assert.Equal(("MANAGER", "OPEN"), (await LevelAsync(Id(other)), await StatusAsync(Id(other))));
        Assert.Equal("DIRECTOR", await LevelAsync(Id(mine)));
        Assert.True(await ChasesAsync("director", Id(mine)));
        Assert.False(await ChasesAsync("manager.east", Id(mine)));

        // Paid up, the notice closes at the next run and leaves every list.
        var receipt = await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }", new { customerId, amount = 1_000m });
        Assert.Empty((await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId = Id(receipt["receipt"]!) }))["errors"]!.AsArray());
        var closing = await RunAsync("finance", "escalateCollectionNotices");
        Assert.True(closing["closed"]!.GetValue<int>() >= 1);
        Assert.Equal("CLOSED", await StatusAsync(Id(mine)));
        Assert.False(await ChasesAsync("director", Id(mine)));
        Assert.Contains("escalateCollectionNotices:update", (await _w.AuditAsync("CollectionNotice", Id(mine))).Select(a => a.Action));
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<JsonNode> RunAsync(string who, string mutation, bool dryRun = false)
    {
        var payload = await _w.PayloadAsync(who, mutation, "DunningRunInput", Run, new { dryRun });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["run"]!;
    }

    private Task<JsonNode> PromiseAsync(string who, string noticeId, string promisedOn) =>
        _w.PayloadAsync(who, "recordPaymentPromise", "RecordPaymentPromiseInput", "collectionNotice { id status promisedOn }",
            new { collectionNoticeId = noticeId, promisedOn, amount = 100m, note = "客户承诺月中付款" });

    /// <summary>Whether <paramref name="who"/>'s chase list holds the notice <paramref name="id"/> (its lists are long: searched by number).</summary>
    private async Task<bool> ChasesAsync(string who, string id)
    {
        var number = (await _app.PostAsync("query($id: ID!) { collectionNotice(id: $id) { number } }", new { id }, await _app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["collectionNotice"]!["number"]!.GetValue<string>();
        return (await _app.PostAsync("query($n: String!) { collectionsToChase(first: 1, where: { number: { eq: $n } }) { totalCount } }", new { n = number }, await _app.TokenAsync(who)))
            .EnsureNoErrors().Data!["collectionsToChase"]!["totalCount"]!.GetValue<int>() == 1;
    }

    /// <summary>The first 100 of <paramref name="who"/>'s chase list and, when given, the notices of one customer (a new one: last by id).</summary>
    private async Task<List<JsonNode>> ChaseAsync(string who, string? customerId = null)
    {
        var first = (await _app.PostAsync($"{{ {Chase} }}", null, await _app.TokenAsync(who))).EnsureNoErrors().Data!["collectionsToChase"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        if (customerId is null)
        {
            return first;
        }

        var ofCustomer = (await _app.PostAsync("query($id: ID!) { customer(id: $id) { id } }", new { id = customerId }, await _app.TokenAsync(who))).EnsureNoErrors();
        Assert.NotNull(ofCustomer.Data!["customer"]);
        var last = (await _app.PostAsync("{ collectionsToChase(last: 20) { nodes { id number level status customer { id } } } }", null, await _app.TokenAsync(who)))
            .EnsureNoErrors().Data!["collectionsToChase"]!["nodes"]!.AsArray().Select(n => n!);
        return [.. first, .. last.Where(n => first.All(f => Id(f) != Id(n)))];
    }

    private async Task<JsonNode> NoticeAsync(string id) =>
        (await _app.PostAsync("query($id: ID!) { collectionNotice(id: $id) { level status } }", new { id }, await _app.TokenAsync("finance"))).EnsureNoErrors().Data!["collectionNotice"]!;

    private async Task<string> LevelAsync(string id) => (await NoticeAsync(id))["level"]!.GetValue<string>();

    private async Task<string> StatusAsync(string id) => (await NoticeAsync(id))["status"]!.GetValue<string>();

    /// <summary>A new customer of rep.east.1 with one invoice issued in January, long past due on 1 April.</summary>
    private async Task<(string CustomerId, string InvoiceId)> CustomerWithOverdueInvoiceAsync(decimal amount)
    {
        var scenario = new ContractScenario(_app);
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"催收测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await _app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = "2025-12-01", endOn = "2026-11-30" },
        }, await _app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        var invoice = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id daysOverdue }", new { contractId, amount, issuedOn = "2026-01-05" });
        Assert.Empty(invoice["errors"]!.AsArray());
        Assert.True(invoice["invoice"]!["daysOverdue"]!.GetValue<int>() > 0);
        return (customerId, invoice["invoice"]!["id"]!.GetValue<string>());
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static decimal Money(JsonNode node) => decimal.Parse(node.ToJsonString().Trim('"'), CultureInfo.InvariantCulture);

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
