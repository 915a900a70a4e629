using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Kpis;

/// <summary>
/// The receivables aging as of any day (issue #15 item 4): what stood open at the end of that day, by days past due
/// counted to it; later invoices, receipts and credit notes do not count; by 片区 and by customer.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AgingAsOfTests(SalesGraphApp app)
{
    private const string Aging = """
        query Aging($asOf: DateOnly, $groupBy: [KpiDimension!]) {
          receivablesAging(asOf: $asOf, groupBy: $groupBy) {
            region { code } subRegion { code } staff { name } customerGrade customer { id }
            notDue days0To30 days31To60 days61To90 over90Days overdue open
          }
        }
        """;

    private static readonly string[] Buckets = ["notDue", "days0To30", "days31To60", "days61To90", "over90Days", "overdue", "open"];

    [Fact]
    public async Task AgingAsOfAPastDayIgnoresLaterInvoicesReceiptsAndCreditNotes()
    {
        var w = new WriteChecks(app);
        var today = app.Today;
        var (customerId, contractId, term) = await CustomerWithContractAsync(w);
        await IssueAsync(w, contractId, 1_000m, today.AddDays(-60));
        var secondId = await IssueAsync(w, contractId, 500m, today.AddDays(-5));

        // 400 received ten days ago and applied (oldest first: the first invoice); 100 of the second credited today.
        var receipt = await w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }",
            new { customerId, amount = 400m, receivedOn = Day(today.AddDays(-10)) });
        Assert.Empty((await w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }",
            new { receiptId = receipt["receipt"]!["id"]!.GetValue<string>() }))["errors"]!.AsArray());
        Assert.Empty((await w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", "creditNote { id }",
            new { invoiceId = secondId, amount = 100m, reason = "价格调整" }))["errors"]!.AsArray());

        // The first invoice fell due 60 − term days ago, the second is due 5 − term days ago; counted to each day, their age moves with the day.
        var dueOn = today.AddDays(-60 + term);
        var secondDueOn = today.AddDays(-5 + term);
        Assert.NotEqual(BucketOf(today.AddDays(-1), dueOn), BucketOf(today.AddDays(-1), secondDueOn));

        // Twenty days ago: only the first invoice was issued, nothing received yet.
        var past = await RowOfAsync(customerId, today.AddDays(-20));
        Assert.Equal(1_000m, Money(past["open"]!));
        Assert.Equal(1_000m, Money(past[BucketOf(today.AddDays(-20), dueOn)]!));

        // Yesterday: the receipt counts, the credit note of today does not.
        var yesterday = await RowOfAsync(customerId, today.AddDays(-1));
        Assert.Equal(600m + 500m, Money(yesterday["open"]!));
        Assert.Equal(500m, Money(yesterday[BucketOf(today.AddDays(-1), secondDueOn)]!));
        Assert.Equal(600m, Money(yesterday[BucketOf(today.AddDays(-1), dueOn)]!));

        // Today, explicitly or by default: the credit note counts too.
        var now = await RowOfAsync(customerId, today);
        Assert.Equal(600m + 400m, Money(now["open"]!));
        var byDefault = RowOf(customerId, Rows(await PostAsync("finance", null, ["CUSTOMER"])));
        Assert.Equal(Buckets.Select(b => Money(now[b]!)), Buckets.Select(b => Money(byDefault[b]!)));

        // Before the first invoice the customer owed nothing: no row at all.
        Assert.DoesNotContain(Rows(await PostAsync("finance", today.AddDays(-61), ["CUSTOMER"])), r => r["customer"]?["id"]?.GetValue<string>() == customerId);
    }

    [Fact]
    public async Task TheSubRegionsOfEachRegionAddUpToItsRowAsOfAnyDay()
    {
        foreach (var asOf in new DateOnly?[] { null, app.Today.AddDays(-45) })
        {
            var regions = Rows(await PostAsync("director", asOf, ["REGION"]));
            var subRegions = Rows(await PostAsync("director", asOf, ["REGION", "SUB_REGION"]));
            Assert.True(regions.Count > 1, "the director sees several 大区");
            Assert.True(subRegions.Count(r => r["subRegion"] is not null) > regions.Count, "each 大区 splits into 片区");
            foreach (var region in regions)
            {
                var code = region["region"]!["code"]!.GetValue<string>();
                var own = subRegions.Where(r => r["region"]!["code"]!.GetValue<string>() == code).ToList();
                Assert.All(own.Where(r => r["subRegion"] is not null), r => Assert.StartsWith(code + "-", r["subRegion"]!["code"]!.GetValue<string>(), StringComparison.Ordinal));
                foreach (var bucket in Buckets)
                {
                    Assert.True(Money(region[bucket]!) == own.Sum(r => Money(r[bucket]!)), $"{code} as of {asOf}: {bucket} ≠ Σ its 片区");
                }
            }

            var total = Assert.Single(Rows(await PostAsync("director", asOf, [])));
            var byCustomer = Rows(await PostAsync("director", asOf, ["CUSTOMER"]));
            Assert.All(byCustomer, r => Assert.NotNull(r["customer"]));
            Assert.Equal(Money(total["open"]!), byCustomer.Sum(r => Money(r["open"]!)));
        }
    }

    [Fact]
    public async Task AgingAsOfTodayEqualsTheInvoicesOpenAmountsNow()
    {
        var today = app.Today;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContextAsync();
        var open = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid)
            .Select(i => new
            {
                Region = i.Contract!.Region!.Parent != null ? i.Contract.Region.Parent.Code : i.Contract.Region.Code,
                i.DueOn,
                // The aging, like the KPI receivables, counts a payment matched to the invoice from the day it was
                // received, before finance confirms it; the invoice's open amount falls only on confirmation.
                OpenAmount = i.OpenAmount - db.Payments.Where(p => p.InvoiceId == i.Id && p.ConfirmedAt == null && p.ReceivedOn <= today).Sum(p => p.Amount),
            })
            .ToListAsync();
        var rows = Rows(await PostAsync("director", today, ["REGION"]));
        Assert.Equal(open.Select(i => i.Region).Distinct().Order(), rows.Select(r => r["region"]!["code"]!.GetValue<string>()).Order());
        foreach (var row in rows)
        {
            var mine = open.Where(i => i.Region == row["region"]!["code"]!.GetValue<string>()).ToList();
            Assert.Equal(mine.Sum(i => i.OpenAmount), Money(row["open"]!));
            Assert.Equal(mine.Where(i => i.DueOn < today).Sum(i => i.OpenAmount), Money(row["overdue"]!));
            Assert.Equal(mine.Where(i => i.DueOn < today.AddDays(-90)).Sum(i => i.OpenAmount), Money(row["over90Days"]!));
        }

        var byDefault = Rows(await PostAsync("director", null, ["REGION"]));
        Assert.Equal(rows.Select(r => r.ToJsonString()), byDefault.Select(r => r.ToJsonString()));
    }

    [Theory]
    [InlineData("director")]
    [InlineData("manager.east")]
    [InlineData("rep.east.1")]
    public async Task AgingOverdueAtAPastMonthsEndAddsUpToThatMonthsKpiOverdueBalance(string user)
    {
        var token = await app.TokenAsync(user);
        var month = app.Today.AddMonths(-2);
        var end = new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
        var kpi = (await app.PostAsync("query($p: KpiPeriodInput) { kpis(period: $p, groupBy: [REGION]) { region { code } overdueReceivables } }",
            new { p = new { year = month.Year, month = month.Month } }, token)).EnsureNoErrors().Data!["kpis"]!.AsArray().Select(r => r!).ToList();
        var aging = Rows(await PostAsync(user, end, ["REGION"]));
        Assert.True(aging.Sum(r => Money(r["overdue"]!)) > 0, $"{user} had overdue receivables at {end}");
        foreach (var row in aging)
        {
            var code = row["region"]!["code"]!.GetValue<string>();
            var balance = kpi.SingleOrDefault(r => r["region"]!["code"]!.GetValue<string>() == code)?["overdueReceivables"];
            Assert.True(Money(row["overdue"]!) == (balance is null ? 0m : Money(balance)), $"{user} {code} at {end}: aging overdue ≠ KPI overdue balance");
        }
    }

    [Fact]
    public async Task AgingAsOfAFutureDayAndKpisByCustomerAreRefused()
    {
        var future = await app.PostAsync(Aging, new { asOf = Day(app.Today.AddDays(1)) }, await app.TokenAsync("finance"));
        Assert.Equal(["VALIDATION"], future.ErrorCodes);
        Assert.Null(future.Data?["receivablesAging"]);
        var kpis = await app.PostAsync("{ kpis(groupBy: [CUSTOMER]) { salesAmount } }", null, await app.TokenAsync("director"));
        Assert.Equal(["VALIDATION"], kpis.ErrorCodes);
        var month = await app.PostAsync("{ receivablesAging(groupBy: [MONTH]) { open } }", null, await app.TokenAsync("director"));
        Assert.Equal(["VALIDATION"], month.ErrorCodes);
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<JsonObject> RowOfAsync(string customerId, DateOnly asOf) => RowOf(customerId, Rows(await PostAsync("finance", asOf, ["CUSTOMER"])));

    private static JsonObject RowOf(string customerId, List<JsonObject> rows) => Assert.Single(rows, r => r["customer"]?["id"]?.GetValue<string>() == customerId);

    private async Task<GraphQLResponse> PostAsync(string who, DateOnly? asOf, string[] groupBy) =>
        (await app.PostAsync(Aging, new { asOf = asOf is { } d ? Day(d) : null, groupBy }, await app.TokenAsync(who))).EnsureNoErrors();

    private static List<JsonObject> Rows(GraphQLResponse response) => [.. response.Data!["receivablesAging"]!.AsArray().Select(r => r!.AsObject())];

    /// <summary>The bucket an invoice due on <paramref name="dueOn"/> is in as of <paramref name="asOf"/>: days past due counted to that day.</summary>
    private static string BucketOf(DateOnly asOf, DateOnly dueOn) => (asOf.DayNumber - dueOn.DayNumber) switch
    {
        <= 0 => "notDue",
        <= 30 => "days0To30",
        <= 60 => "days31To60",
        <= 90 => "days61To90",
        _ => "over90Days",
    };

    /// <summary>A new customer of rep.east.1 with an active contract, and the contract's payment term.</summary>
    private async Task<(string CustomerId, string ContractId, int Term)> CustomerWithContractAsync(WriteChecks w)
    {
        var scenario = new ContractScenario(app);
        var customer = await w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"账龄测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "李娜", mobile = "139 1234 5678", address = "上海市徐汇区漕溪北路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = Day(app.Today.AddDays(-90)), endOn = Day(app.Today.AddDays(200)) },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        return (customerId, contractId, draft["contract"]!["paymentTermDays"]!.GetValue<int>());
    }

    private static async Task<string> IssueAsync(WriteChecks w, string contractId, decimal amount, DateOnly issuedOn)
    {
        var invoice = await w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id }", new { contractId, amount, issuedOn = Day(issuedOn) });
        Assert.Empty(invoice["errors"]!.AsArray());
        return invoice["invoice"]!["id"]!.GetValue<string>();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(JsonNode node) => decimal.Parse(node.ToJsonString().Trim('"'), CultureInfo.InvariantCulture);
}
