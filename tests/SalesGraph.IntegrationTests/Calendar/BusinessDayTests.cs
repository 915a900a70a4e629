using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Calendar;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Calendar;

/// <summary>
/// The business clock frozen at 2026-03-31 23:30 UTC, which is 07:30 on 1 April in Shanghai: a contract signed then,
/// the KPI month it lands in, an invoice's due date and the aging bucket all say 1 April. (Sign-in tokens keep the real
/// clock: only the business calendar is frozen.)
/// </summary>
public sealed class BusinessDayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FrozenAt = new(2026, 3, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly SalesGraphApp _app = new(
        PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null, ownsDatabase: true,
        services: s => s.AddSingleton(new BusinessCalendar(new FrozenClock(FrozenAt), BusinessTimeZone.Default)));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AContractSignedAt0730InShanghaiIsAnAprilContractForWritesKpisInvoicesAndAging()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), _app.Today);
        var scenario = new ContractScenario(_app);
        var rep = await _app.TokenAsync("rep.east.1");
        var finance = await _app.TokenAsync("finance");
        var support = await _app.TokenAsync("support.east");

        // The demo history was seeded up to the business day before: nothing is dated 1 April yet.
        var aprilBefore = await KpisAsync("{ year: 2026, month: 4 }");
        Assert.Equal(0, aprilBefore["contractCount"]!.GetValue<int>());

        var (productId, listPrice) = await scenario.ProductAsync(2_000m, 9_000m);
        var created = (await _app.PostAsync(ContractScenario.Create, new
        {
            input = new
            {
                customerId = await scenario.CustomerOfAsync("rep.east.1"),
                lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } },
                paymentTermDays = 30,
            },
        }, rep)).EnsureNoErrors().Data!["createContract"]!;
        Assert.Empty(created["errors"]!.AsArray());
        var contract = created["contract"]!;
        var id = contract["id"]!.GetValue<string>();
        var agreed = ContractScenario.Price(contract["agreedTotal"]!);
        Assert.StartsWith("HT-2026-", contract["number"]!.GetValue<string>(), StringComparison.Ordinal);

        var version = contract["version"]!.GetValue<int>();
        foreach (var (who, step) in new[] { (rep, "submitContract"), (rep, "approveContract"), (support, "activateContract") })
        {
            var payload = (await _app.PostAsync(ContractScenario.Step(step), new { input = new { contractId = id, version } }, who))
                .EnsureNoErrors().Data![step]!;
            Assert.Empty(payload["errors"]!.AsArray());
            version = payload["contract"]!["version"]!.GetValue<int>();
        }

        var read = (await _app.PostAsync(
            "query($id: ID!) { contract(id: $id) { signedOn startOn history { nodes { kind at } } } }", new { id }, rep))
            .EnsureNoErrors().Data!["contract"]!;
        Assert.Equal("2026-04-01", read["signedOn"]!.GetValue<string>());
        Assert.Equal("2026-04-01", read["startOn"]!.GetValue<string>());
        Assert.All(read["history"]!["nodes"]!.AsArray(), e =>
            Assert.Equal(FrozenAt.UtcDateTime, DateTime.Parse(e!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)));

        // The KPI month of the signing is April, and April is "this month" (its overdue balance is as of today).
        var april = await KpisAsync("{ year: 2026, month: 4 }");
        Assert.Equal(1, april["contractCount"]!.GetValue<int>());
        Assert.Equal(agreed, ContractScenario.Price(april["salesAmount"]!));
        Assert.NotNull(april["overdueReceivables"]?.AsValue());
        var march = await KpisAsync("{ year: 2026, month: 3 }");

        var agingBefore = await AgingAsync();
        // Issued today by default: 1 April, due 30 days later.
        var today = await IssueAsync(id, 100m, issuedOn: null, finance);
        Assert.Equal("2026-04-01", today["issuedOn"]!.GetValue<string>());
        Assert.Equal("2026-05-01", today["dueOn"]!.GetValue<string>());
        Assert.Equal(0, today["daysOverdue"]!.GetValue<int>());
        // Issued on 1 March: due on 31 March, so one day overdue on 1 April, in the 0–30 bucket.
        var late = await IssueAsync(id, 200m, issuedOn: "2026-03-01", finance);
        Assert.Equal("2026-03-31", late["dueOn"]!.GetValue<string>());
        Assert.Equal(1, late["daysOverdue"]!.GetValue<int>());

        var agingAfter = await AgingAsync();
        Assert.Equal(100m, Amount(agingAfter, "notDue") - Amount(agingBefore, "notDue"));
        Assert.Equal(200m, Amount(agingAfter, "days0To30") - Amount(agingBefore, "days0To30"));
        Assert.Equal(Amount(agingAfter, "overdue"), ContractScenario.Price((await KpisAsync("{ year: 2026, month: 4 }"))["overdueReceivables"]!));
        Assert.Equal(ContractScenario.Price(march["overdueReceivables"]!), ContractScenario.Price((await KpisAsync("{ year: 2026, month: 3 }"))["overdueReceivables"]!));
    }

    private async Task<JsonNode> KpisAsync(string period, string? token = null)
    {
        var rows = (await _app.PostAsync(
            $"{{ kpis(period: {period}) {{ contractCount salesAmount overdueReceivables }} }}", null, token ?? await _app.TokenAsync("director")))
            .EnsureNoErrors().Data!["kpis"]!.AsArray();
        return Assert.Single(rows)!;
    }

    private async Task<JsonNode> AgingAsync()
    {
        var rows = (await _app.PostAsync("{ receivablesAging { notDue days0To30 days31To60 days61To90 over90Days overdue open } }", null, await _app.TokenAsync("director")))
            .EnsureNoErrors().Data!["receivablesAging"]!.AsArray();
        return Assert.Single(rows)!;
    }

    private async Task<JsonNode> IssueAsync(string contractId, decimal amount, string? issuedOn, string token)
    {
        var payload = (await _app.PostAsync(
            "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { issuedOn dueOn daysOverdue } errors { code message } } }",
            new { input = new { contractId, amount, issuedOn } }, token)).EnsureNoErrors().Data!["issueInvoice"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["invoice"]!;
    }

    private static decimal Amount(JsonNode row, string field) => ContractScenario.Price(row[field]!);

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
