using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>
/// Red-letter credit notes (红字发票) against an invoice: partial and full reversal, the customer's receivables, credits
/// beyond what is still open staying on account, OVER_CREDITED (also when two race), INVOICE_VOID, finance only, audited.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CreditNoteTests(SalesGraphApp app)
{
    private const string NoteFields = "creditNote { id number amount taxRate netAmount taxAmount appliedAmount unappliedAmount reason invoice { id } customer { id } issuedBy { name } }";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task ACreditNoteReversesPartOfAnInvoiceThenTheRestAndNeverMoreThanRemainsInvoiced()
    {
        var (customerId, invoiceId) = await CustomerWithInvoiceAsync(1_000m);
        Assert.Equal(1_000m, await OpenReceivablesAsync(customerId));

        var part = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, amount = 250.50m, reason = "价格折让 price allowance" });
        Assert.Empty(part["errors"]!.AsArray());
        var note = part["creditNote"]!;
        Assert.StartsWith("HZ-", note["number"]!.GetValue<string>());
        Assert.Equal((250.50m, 250.50m, 0m), (Money(note["amount"]!), Money(note["appliedAmount"]!), Money(note["unappliedAmount"]!)));
        // The invoice's rate; 250.50 ÷ 1.13 = 221.681… → 221.68 net, 28.82 tax.
        Assert.Equal((0.13m, 221.68m, 28.82m), (Money(note["taxRate"]!), Money(note["netAmount"]!), Money(note["taxAmount"]!)));
        Assert.Equal((invoiceId, customerId), (note["invoice"]!["id"]!.GetValue<string>(), note["customer"]!["id"]!.GetValue<string>()));
        Assert.NotNull(note["issuedBy"]);
        Assert.Equal(("OPEN", 749.50m, 250.50m), await InvoiceAsync(invoiceId));
        Assert.Equal(749.50m, await OpenReceivablesAsync(customerId));

        // More than remains is refused with its code on the amount, and nothing is written.
        var over = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, amount = 749.51m, reason = "too much" });
        Assert.Equal([("OVER_CREDITED", """["input","amount"]""")], WriteChecks.CodesAndPaths(over));
        Assert.Equal(("OPEN", 749.50m, 250.50m), await InvoiceAsync(invoiceId));

        // Without an amount: all that remains; the invoice then owes nothing and is closed.
        var rest = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, reason = "开票错误 wrong invoice" });
        Assert.Empty(rest["errors"]!.AsArray());
        Assert.Equal(749.50m, Money(rest["creditNote"]!["amount"]!));
        // The note that reverses the rest takes what remains of the invoice's net and tax (1,000 ÷ 1.13 → 884.96 net,
        // 115.04 tax), not its own rounding (749.50 ÷ 1.13 → 663.27): the two notes reverse the invoice to the fen.
        var invoiceVat = (await app.PostAsync("query($id: ID!) { invoice(id: $id) { netAmount taxAmount } }", new { id = invoiceId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["invoice"]!;
        Assert.Equal((884.96m, 115.04m), (Money(invoiceVat["netAmount"]!), Money(invoiceVat["taxAmount"]!)));
        Assert.Equal((884.96m - 221.68m, 115.04m - 28.82m), (Money(rest["creditNote"]!["netAmount"]!), Money(rest["creditNote"]!["taxAmount"]!)));
        Assert.Equal(("PAID", 0m, 1_000m), await InvoiceAsync(invoiceId));
        Assert.Equal(0m, await OpenReceivablesAsync(customerId));
        var nothingLeft = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, amount = 0.01m, reason = "again" });
        Assert.Equal([("OVER_CREDITED", """["input","amount"]""")], WriteChecks.CodesAndPaths(nothingLeft));

        Assert.Equal(["issueCreditNote:create"], (await _w.AuditAsync("CreditNote", note["id"]!.GetValue<string>())).Select(a => a.Action));
        Assert.Equal(2, (await app.PostAsync("query($id: ID!) { invoice(id: $id) { creditNotes { nodes { id } } } }", new { id = invoiceId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["invoice"]!["creditNotes"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task ACreditOnAPaidInvoiceStaysOnTheCustomersAccountAndOnlyFinanceIssuesOne()
    {
        var (customerId, invoiceId) = await CustomerWithInvoiceAsync(800m);
        var receipt = (await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }", new { customerId, amount = 800m }))["receipt"]!["id"]!.GetValue<string>();
        Assert.Empty((await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId = receipt }))["errors"]!.AsArray());
        Assert.Equal(0m, await OpenReceivablesAsync(customerId));

        foreach (var who in new[] { "rep.east.1", "support.east", "manager.east", "director" })
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync(who, "issueCreditNote", "IssueCreditNoteInput", "creditNote { id }", new { invoiceId, amount = 1m, reason = "x" })).ErrorCodes);
        }

        var noReason = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, amount = 1m, reason = " " });
        Assert.Equal([("VALIDATION", """["input","reason"]""")], WriteChecks.CodesAndPaths(noReason));

        var credit = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId, amount = 300m, reason = "质量折让" });
        Assert.Empty(credit["errors"]!.AsArray());
        Assert.Equal((0m, 300m), (Money(credit["creditNote"]!["appliedAmount"]!), Money(credit["creditNote"]!["unappliedAmount"]!)));
        Assert.Equal(("PAID", 0m, 0m), await InvoiceAsync(invoiceId));
        Assert.Equal(-300m, await OpenReceivablesAsync(customerId));
    }

    [Fact]
    public async Task AVoidInvoiceIsNotCreditedAndACreditedInvoiceIsNotVoided()
    {
        var (_, voidId) = await CustomerWithInvoiceAsync(100m);
        Assert.Empty((await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", "invoice { id }", new { invoiceId = voidId, reason = "作废" }))["errors"]!.AsArray());
        var onVoid = await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId = voidId, amount = 1m, reason = "x" });
        Assert.Equal([("INVOICE_VOID", """["input","invoiceId"]""")], WriteChecks.CodesAndPaths(onVoid));

        var (_, creditedId) = await CustomerWithInvoiceAsync(100m);
        Assert.Empty((await _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", NoteFields, new { invoiceId = creditedId, amount = 10m, reason = "x" }))["errors"]!.AsArray());
        var voided = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", "invoice { id }", new { invoiceId = creditedId, reason = "作废" });
        Assert.Equal(["INVALID_TRANSITION"], WriteChecks.CodesAndPaths(voided).Select(e => e.Item1));
    }

    [Fact]
    public async Task ConcurrentCreditNotesNeverReverseMoreThanTheInvoice()
    {
        var (customerId, invoiceId) = await CustomerWithInvoiceAsync(1_000m);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => _w.PayloadAsync("finance", "issueCreditNote", "IssueCreditNoteInput", "creditNote { id }",
            new { invoiceId, amount = 600m + n, reason = $"race {n}" })));
        var codes = results.Select(r => WriteChecks.CodesAndPaths(r).Select(e => e.Item1).SingleOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.All(codes.Where(c => c is not null), c => Assert.True(c is "OVER_CREDITED" or "CONFLICT", c));
        var (_, open, credited) = await InvoiceAsync(invoiceId);
        Assert.True(credited is >= 600m and <= 603m, $"credited {credited}");
        Assert.Equal(1_000m - credited, open);
        Assert.Equal(open, await OpenReceivablesAsync(customerId));
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<(string CustomerId, string InvoiceId)> CustomerWithInvoiceAsync(decimal amount)
    {
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"红字测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = "2026-08-01", endOn = "2027-07-31" },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        var invoice = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id }", new { contractId, amount, issuedOn = "2026-09-01" });
        Assert.Empty(invoice["errors"]!.AsArray());
        return (customerId, invoice["invoice"]!["id"]!.GetValue<string>());
    }

    private async Task<(string Status, decimal Open, decimal Credited)> InvoiceAsync(string id)
    {
        var invoice = (await app.PostAsync("query($id: ID!) { invoice(id: $id) { status openAmount creditedAmount } }", new { id }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["invoice"]!;
        return (invoice["status"]!.GetValue<string>(), Money(invoice["openAmount"]!), Money(invoice["creditedAmount"]!));
    }

    private async Task<decimal> OpenReceivablesAsync(string customerId) =>
        Money((await app.PostAsync("query($id: ID!) { customer(id: $id) { openReceivables } }", new { id = customerId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!["openReceivables"]!);

    private static decimal Money(JsonNode node) => ContractScenario.Price(node);
}
