using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Kpis;
using SalesGraph.Testing.Kpis;

namespace SalesGraph.IntegrationTests.Kpis;

/// <summary>
/// The KPI summary tables through real mutations: a write moves the KPIs at once, and after writes — concurrent ones
/// included — the KPIs read from the summary tables equal those computed from the base tables for every role.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class KpiFactsApiTests(SalesGraphApp app)
{
    private static readonly string[] People = ["director", "finance", "manager.east", "support.east", "rep.east.1", "rep.east.2", "bi"];

    private static readonly KpiDimension[][] Groupings =
    [
        [], [KpiDimension.Region, KpiDimension.Month], [KpiDimension.Staff], [KpiDimension.Quarter, KpiDimension.CustomerGrade],
        [KpiDimension.ProductLine],
    ];

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task RegradingACustomerMovesItsSalesToTheNewGradeAtOnce()
    {
        var year = app.Today.Year;
        var (customer, sales) = await BiggestCustomerThisYearAsync("rep.east.1", year);
        var newGrade = customer.Grade == CustomerGrade.C ? "A" : "C";
        var before = await SalesByGradeAsync("director");
        var graded = await _w.PayloadAsync("director", "changeCustomerGrade", "ChangeCustomerGradeInput", "customer { grade }",
            new { customerId = GlobalId.Encode("Customer", customer.Id), grade = newGrade, version = customer.Version });
        Assert.Empty(graded["errors"]!.AsArray());

        var after = await SalesByGradeAsync("director");
        Assert.Equal(before[customer.Grade.ToString().ToUpperInvariant()] - sales, after.GetValueOrDefault(customer.Grade.ToString().ToUpperInvariant()));
        Assert.Equal(before.GetValueOrDefault(newGrade) + sales, after[newGrade]);
    }

    [Fact]
    public async Task AfterAContractIsApprovedInvoicedAndPaidEveryRoleReadsTheBaseTableFigures()
    {
        var draft = await _scenario.DraftAsync("rep.east.2", 0m);
        var id = draft["id"]!.GetValue<string>();
        await ApproveAndActivateAsync(id);
        var invoiceId = await InvoiceAsync(id, ContractScenario.Price(draft["agreedTotal"]!));
        var paymentId = await PayAsync(id, invoiceId, 1_000m);
        (await app.PostAsync("mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { errors { code } } }",
            new { input = new { paymentId } }, await app.TokenAsync("finance"))).EnsureNoErrors();
        await AssertSummaryEqualsBaseTablesAsync();
    }

    [Fact]
    public async Task ConcurrentPaymentsOfOneRepLeaveItsKpisEqualToTheBaseTables()
    {
        var invoices = new List<(string Contract, string Invoice)>();
        for (var i = 0; i < 4; i++)
        {
            var draft = await _scenario.DraftAsync("rep.east.2", 0m);
            var id = draft["id"]!.GetValue<string>();
            await ApproveAndActivateAsync(id);
            invoices.Add((id, await InvoiceAsync(id, ContractScenario.Price(draft["agreedTotal"]!))));
        }

        var before = await CollectedAsync("rep.east.2");
        // Two payments on each invoice at once: eight writers recomputing the same rep's rows.
        var payments = await Task.WhenAll(invoices.SelectMany(i => new[] { PayAsync(i.Contract, i.Invoice, 100m), PayAsync(i.Contract, i.Invoice, 250m) }));
        Assert.Equal(before + (4 * 350m), await CollectedAsync("rep.east.2"));

        // Confirming one payment of each invoice at once: the writers share nothing but the rep's KPI rows, and wait for
        // each other there instead of failing.
        var finance = await app.TokenAsync("finance");
        var confirmed = await Task.WhenAll(payments.Where((_, n) => n % 2 == 0).Select(paymentId => app.PostAsync(
            "mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { errors { code } } }", new { input = new { paymentId } }, finance)));
        Assert.All(confirmed, c => Assert.Empty(c.EnsureNoErrors().Data!["confirmPayment"]!["errors"]!.AsArray()));
        await AssertSummaryEqualsBaseTablesAsync();
    }

    private async Task AssertSummaryEqualsBaseTablesAsync()
    {
        var reader = app.Services.GetRequiredService<KpiReader>();
        var baseTables = new BaseTableKpiReader(app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>());
        var today = app.Today;
        foreach (var caller in await CallersAsync())
        {
            foreach (var groupBy in Groupings)
            {
                var keys = groupBy.ToHashSet();
                var period = new KpiPeriod(today.Year);
                var expected = await baseTables.ReadAsync(caller, period, keys, KpiFilter.None, today, CancellationToken.None);
                var actual = await reader.ReadAsync(caller, period, keys, KpiFilter.None, today, CancellationToken.None);
                Assert.True(expected.SequenceEqual(actual), $"{caller.Username} by {string.Join(",", groupBy)}: summary tables differ from the base tables");
            }
        }
    }

    private async Task<List<Caller>> CallersAsync()
    {
        await using var db = Db();
        var accounts = await db.Accounts.Include(a => a.Staff).Where(a => People.Contains(a.Username)).ToListAsync();
        return [.. accounts.Select(a => new Caller(a.Id, a.Username, a.Role, a.StaffId, a.Staff?.RegionId, a.IsService, new HashSet<string>(), a.IsService ? ClientKind.Bi : ClientKind.Spa))];
    }

    private async Task<(Customer Customer, decimal Sales)> BiggestCustomerThisYearAsync(string rep, int year)
    {
        await using var db = Db();
        var ownerId = (await db.Accounts.SingleAsync(a => a.Username == rep)).StaffId;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var best = await db.Contracts.Where(KpiFacts.Counted).Where(c => c.Customer!.OwnerId == ownerId && c.SignedOn >= from && c.SignedOn <= to)
            .GroupBy(c => c.CustomerId).Select(g => new { CustomerId = g.Key, Sales = g.Sum(c => c.AgreedTotal) })
            .OrderByDescending(x => x.Sales).FirstAsync();
        return (await db.Customers.SingleAsync(c => c.Id == best.CustomerId), best.Sales);
    }

    private async Task<Dictionary<string, decimal>> SalesByGradeAsync(string user)
    {
        var rows = (await app.PostAsync("{ kpis(groupBy: [CUSTOMER_GRADE]) { customerGrade salesAmount } }", null, await app.TokenAsync(user)))
            .EnsureNoErrors().Data!["kpis"]!.AsArray();
        return rows.ToDictionary(r => r!["customerGrade"]!.GetValue<string>(), r => ContractScenario.Price(r!["salesAmount"]!));
    }

    private async Task<decimal> CollectedAsync(string user) => ContractScenario.Price(
        (await app.PostAsync("{ kpis { collectedAmount } }", null, await app.TokenAsync(user))).EnsureNoErrors().Data!["kpis"]![0]!["collectedAmount"]!);

    private async Task ApproveAndActivateAsync(string id)
    {
        await _scenario.ApproveAndActivateAsync(id, "rep.east.2", "manager.east");
    }

    private async Task<string> InvoiceAsync(string contractId, decimal amount)
    {
        var payload = (await app.PostAsync(
                "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id } errors { code } } }",
                new { input = new { contractId, amount } }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["issueInvoice"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["invoice"]!["id"]!.GetValue<string>();
    }

    /// <summary>Records a payment, retrying as a client would when a concurrent writer took the same payment number (CONFLICT).</summary>
    private async Task<string> PayAsync(string contractId, string invoiceId, decimal amount)
    {
        for (var attempt = 0; ; attempt++)
        {
            var payload = (await app.PostAsync(
                    "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } errors { code message } } }",
                    new { input = new { contractId, amount, invoiceId } }, await app.TokenAsync("finance")))
                .EnsureNoErrors().Data!["recordPayment"]!;
            var errors = payload["errors"]!.AsArray();
            if (errors.Count == 0)
            {
                return payload["payment"]!["id"]!.GetValue<string>();
            }

            Assert.True(attempt < 20 && errors[0]!["code"]!.GetValue<string>() == "CONFLICT", errors.ToJsonString());
        }
    }

    private SalesGraphDbContext Db() => app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();
}
