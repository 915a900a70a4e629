using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>
/// Receipts (回款) recorded per customer and applied to its open invoices: oldest first or chosen, partly or wholly,
/// the rest on account; reversals; OVER_APPLIED and the other refusals; concurrent applications (both databases).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ReceiptTests(SalesGraphApp app)
{
    private const string ReceiptFields = "id number amount appliedAmount unappliedAmount version applications { nodes { id amount invoice { id } } }";
    private const string InvoiceFields = "id number status openAmount paidAmount daysOverdue settledOn";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task AReceiptAppliedOldestFirstPaysTheOlderInvoiceThenPartOfTheNextAndTheRestStaysOnAccount()
    {
        var (customerId, invoices) = await CustomerWithInvoicesAsync(("2026-09-01", 1_000m), ("2026-10-01", 2_000m));
        var collectedBefore = await CollectedAsync();
        var receipt = await RecordAsync(customerId, 3_500m, bankReference: "ICBC-20261201-0001");
        Assert.Equal(3_500m, Money(receipt["unappliedAmount"]!));
        Assert.Equal(3_500m, Money((await CustomerAsync(customerId))["unappliedReceipts"]!["nodes"]![0]!["unappliedAmount"]!));

        var applied = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", $"receipt {{ {ReceiptFields} }}", new { receiptId = Id(receipt) });
        Assert.Empty(applied["errors"]!.AsArray());
        Assert.Equal(3_000m, Money(applied["receipt"]!["appliedAmount"]!));
        Assert.Equal(500m, Money(applied["receipt"]!["unappliedAmount"]!));
        Assert.Equal([invoices[0], invoices[1]], applied["receipt"]!["applications"]!["nodes"]!.AsArray().Select(a => a!["invoice"]!["id"]!.GetValue<string>()));
        var paid = await InvoiceAsync(invoices[0]);
        Assert.Equal(("PAID", 0m, 0), (paid["status"]!.GetValue<string>(), Money(paid["openAmount"]!), paid["daysOverdue"]!.GetValue<int>()));
        Assert.NotNull(paid["settledOn"]);

        // The 500 left is a prepayment: applied later to a new invoice, partly paying it.
        var third = await IssueAsync(ContractOf(invoices), "2026-09-15", 800m);
        var later = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", $"receipt {{ {ReceiptFields} }}", new { receiptId = Id(receipt) });
        Assert.Empty(later["errors"]!.AsArray());
        Assert.Equal(0m, Money(later["receipt"]!["unappliedAmount"]!));
        var partly = await InvoiceAsync(third);
        Assert.Equal(("PARTLY_PAID", 300m), (partly["status"]!.GetValue<string>(), Money(partly["openAmount"]!)));
        Assert.True(partly["daysOverdue"]!.GetValue<int>() > 0); // issued in September: past due by now

        var customer = await CustomerAsync(customerId);
        Assert.Equal(300m, Money(customer["openReceivables"]!));
        Assert.Empty(customer["unappliedReceipts"]!["nodes"]!.AsArray());
        var filtered = (await app.PostAsync(
                "query($id: ID!) { customer(id: $id) { receivables(where: { status: { eq: PARTLY_PAID } }, order: [{ openAmount: DESC }]) { nodes { id } } } }",
                new { id = customerId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!["receivables"]!["nodes"]!.AsArray();
        Assert.Equal([third], filtered.Select(n => n!["id"]!.GetValue<string>()));

        // Collected money follows the applied receipts: the owner rep's KPI moved by what was applied.
        Assert.Equal(collectedBefore + 3_500m, await CollectedAsync());
        Assert.Equal(["applyReceipt:update", "applyReceipt:update", "recordReceipt:create"], (await _w.AuditAsync("Receipt", Id(receipt))).Select(a => a.Action));
    }

    [Fact]
    public async Task ChosenApplicationsNeverExceedAnInvoicesOpenAmountOrTheReceiptAndNothingIsWrittenWhenRefused()
    {
        var (customerId, invoices) = await CustomerWithInvoicesAsync(("2026-09-01", 1_000m), ("2026-10-01", 2_000m));
        var (_, others) = await CustomerWithInvoicesAsync(("2026-09-01", 100m));
        var receipt = await RecordAsync(customerId, 1_500m);
        var receiptId = Id(receipt);

        async Task<IEnumerable<(string, string)>> RefusedAsync(params object[] applications) =>
            WriteChecks.CodesAndPaths(await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId, applications }));

        Assert.Equal([("OVER_APPLIED", """["input","applications",0,"amount"]""")], await RefusedAsync(new { invoiceId = invoices[0], amount = 1_000.01m }));
        Assert.Equal([("OVER_APPLIED", """["input","applications"]""")],
            await RefusedAsync(new { invoiceId = invoices[0], amount = 1_000m }, new { invoiceId = invoices[1], amount = 600m }));
        Assert.Equal([("NOT_FOUND", """["input","applications",0,"invoiceId"]""")], await RefusedAsync(new { invoiceId = others[0], amount = 10m }));
        Assert.Equal([("VALIDATION", """["input","applications",1,"invoiceId"]""")],
            await RefusedAsync(new { invoiceId = invoices[0], amount = 10m }, new { invoiceId = invoices[0], amount = 10m }));
        Assert.Equal([("VALIDATION", """["input","applications",0,"amount"]""")], await RefusedAsync(new { invoiceId = invoices[0], amount = -1m }));
        Assert.Equal(("OPEN", 1_000m), Status(await InvoiceAsync(invoices[0])));

        var chosen = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", $"receipt {{ {ReceiptFields} }}",
            new { receiptId, version = receipt["version"]!.GetValue<int>(), applications = new[] { new { invoiceId = invoices[1], amount = 1_200m }, new { invoiceId = invoices[0], amount = 300m } } });
        Assert.Empty(chosen["errors"]!.AsArray());
        Assert.Equal(("PARTLY_PAID", 800m), Status(await InvoiceAsync(invoices[1])));
        Assert.Equal(("PARTLY_PAID", 700m), Status(await InvoiceAsync(invoices[0])));

        // The version sent is now stale; the receipt is fully applied.
        var stale = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId, version = receipt["version"]!.GetValue<int>() });
        Assert.Equal(["CONFLICT"], WriteChecks.CodesAndPaths(stale).Select(e => e.Item1));
        var spent = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId });
        Assert.Equal(["OVER_APPLIED"], WriteChecks.CodesAndPaths(spent).Select(e => e.Item1));
    }

    [Fact]
    public async Task ReversingAnApplicationReopensTheInvoiceAndReturnsTheAmountToTheReceipt()
    {
        var (customerId, invoices) = await CustomerWithInvoicesAsync(("2026-09-01", 1_000m));
        var receipt = await RecordAsync(customerId, 1_000m);
        var applied = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", $"receipt {{ {ReceiptFields} }}", new { receiptId = Id(receipt) });
        Assert.Equal(("PAID", 0m), Status(await InvoiceAsync(invoices[0])));
        var applicationId = applied["receipt"]!["applications"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var reversed = await _w.PayloadAsync("director", "reverseReceiptApplication", "ReverseReceiptApplicationInput", $"receipt {{ {ReceiptFields} }}", new { paymentId = applicationId });
        Assert.Empty(reversed["errors"]!.AsArray());
        Assert.Equal(1_000m, Money(reversed["receipt"]!["unappliedAmount"]!));
        Assert.Empty(reversed["receipt"]!["applications"]!["nodes"]!.AsArray());
        var open = await InvoiceAsync(invoices[0]);
        Assert.Equal(("OPEN", 1_000m), Status(open));
        Assert.Null(open["settledOn"]);
        Assert.Contains(("director", "reverseReceiptApplication:delete"), (await _w.AuditAsync("Payment", applicationId)).Select(a => (a.Actor, a.Action)));

        var again = await _w.PayloadAsync("finance", "reverseReceiptApplication", "ReverseReceiptApplicationInput", "receipt { id }", new { paymentId = applicationId });
        Assert.Equal(["NOT_FOUND"], WriteChecks.CodesAndPaths(again).Select(e => e.Item1));
    }

    [Fact]
    public async Task FinanceAndTheDirectorRecordAndApplyReceiptsRepsAndTheDeskMayNot()
    {
        var (customerId, _) = await CustomerWithInvoicesAsync(("2026-09-01", 100m));
        var input = new { customerId, amount = 100m };
        foreach (var who in new[] { "rep.east.1", "support.east", "manager.east" })
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync(who, "recordReceipt", "RecordReceiptInput", "receipt { id }", input)).ErrorCodes);
        }

        var receipt = (await _w.PayloadAsync("director", "recordReceipt", "RecordReceiptInput", "receipt { id }", input))["receipt"]!;
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("rep.east.1", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId = Id(receipt) })).ErrorCodes);
        var future = await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }", new { customerId, amount = 1m, receivedOn = "2099-01-01" });
        Assert.Equal([("VALIDATION", """["input","receivedOn"]""")], WriteChecks.CodesAndPaths(future));
    }

    [Fact]
    public async Task ConcurrentApplicationsNeverSpendTheSameOpenAmountTwice()
    {
        // Four receipts race for one invoice of 1 000, each applying 1 000 to it: one wins, the others are refused.
        var (customerId, invoices) = await CustomerWithInvoicesAsync(("2026-09-01", 1_000m), ("2026-09-02", 1_000m));
        var receipts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            receipts.Add(Id(await RecordAsync(customerId, 1_000m)));
        }

        var results = await Task.WhenAll(receipts.Select(receiptId => _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }",
            new { receiptId, applications = new[] { new { invoiceId = invoices[0], amount = 1_000m } } })));
        var codes = results.Select(r => WriteChecks.CodesAndPaths(r).Select(e => e.Item1).SingleOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.All(codes.Where(c => c is not null), c => Assert.True(c is "OVER_APPLIED" or "CONFLICT", c));
        var invoice = await InvoiceAsync(invoices[0]);
        Assert.Equal(("PAID", 0m, 1_000m), (invoice["status"]!.GetValue<string>(), Money(invoice["openAmount"]!), Money(invoice["paidAmount"]!)));

        // One receipt of 1 000 raced onto two invoices at once: only one application of it stands.
        var single = Id(await RecordAsync(customerId, 1_000m));
        var both = await Task.WhenAll(new[] { invoices[1], invoices[1] }.Select((invoiceId, n) => _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }",
            new { receiptId = single, applications = new[] { new { invoiceId, amount = 600m + n } } })));
        Assert.Single(both, r => r["errors"]!.AsArray().Count == 0);
        var receipt = (await app.PostAsync($"query($id: ID!) {{ receipt(id: $id) {{ {ReceiptFields} }} }}", new { id = single }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["receipt"]!;
        Assert.Single(receipt["applications"]!["nodes"]!.AsArray());
        Assert.Equal(Money(receipt["appliedAmount"]!), 1_000m - Money((await InvoiceAsync(invoices[1]))["openAmount"]!));
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A new customer of rep.east.1 with an ACTIVE contract and one invoice per (issue day, amount), in that order.</summary>
    private async Task<(string CustomerId, List<string> Invoices)> CustomerWithInvoicesAsync(params (string IssuedOn, decimal Amount)[] issued)
    {
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"回款测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = "2026-08-01", endOn = "2027-07-31" },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        Assert.Empty(draft["errors"]!.AsArray());
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        var invoices = new List<string>();
        foreach (var (issuedOn, amount) in issued)
        {
            invoices.Add(await IssueAsync(contractId, issuedOn, amount));
        }

        _contracts[invoices[0]] = contractId;
        return (customerId, invoices);
    }

    private readonly Dictionary<string, string> _contracts = [];

    private string ContractOf(List<string> invoices) => _contracts[invoices[0]];

    private async Task<string> IssueAsync(string contractId, string issuedOn, decimal amount)
    {
        var payload = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id status openAmount }", new { contractId, amount, issuedOn });
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(("OPEN", amount), Status(payload["invoice"]!));
        return payload["invoice"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> RecordAsync(string customerId, decimal amount, string? bankReference = null)
    {
        var payload = await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", $"receipt {{ {ReceiptFields} }}", new { customerId, amount, bankReference });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["receipt"]!;
    }

    private async Task<JsonNode> InvoiceAsync(string id) =>
        (await app.PostAsync($"query($id: ID!) {{ invoice(id: $id) {{ {InvoiceFields} }} }}", new { id }, await app.TokenAsync("finance"))).EnsureNoErrors().Data!["invoice"]!;

    private async Task<JsonNode> CustomerAsync(string id) =>
        (await app.PostAsync("query($id: ID!) { customer(id: $id) { openReceivables unappliedReceipts { nodes { unappliedAmount } } } }", new { id }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!;

    /// <summary>rep.east.1's collected amount this year, as the rep reads it.</summary>
    private async Task<decimal> CollectedAsync()
    {
        var rows = (await app.PostAsync("{ kpis { collectedAmount } }", null, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["kpis"]!.AsArray();
        return rows.Sum(r => Money(r!["collectedAmount"]!));
    }

    private static (string, decimal) Status(JsonNode invoice) => (invoice["status"]!.GetValue<string>(), Money(invoice["openAmount"]!));

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static decimal Money(JsonNode node) => ContractScenario.Price(node);
}
