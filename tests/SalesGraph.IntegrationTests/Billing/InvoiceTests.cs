using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>Invoices: VAT fields with the rounding rule, voiding one with nothing applied, and what a void invoice no longer owes.</summary>
[Collection(SharedApp.Name)]
public sealed class InvoiceTests(SalesGraphApp app)
{
    private const string Fields = "invoice { id status amount netAmount taxAmount taxRate buyerTaxNumber openAmount version voidReason settledOn }";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task AnInvoiceSplitsItsGrossIntoNetAndTaxRoundedHalfAwayFromZeroToTheFen()
    {
        var contractId = await ActiveContractAsync();
        var goods = await IssueAsync(new { contractId, amount = 1_000m, buyerTaxNumber = "91310000MA1K3XYZ7Q" });
        // 1000 ÷ 1.13 = 884.955… → 884.96; tax = 1000 − 884.96.
        Assert.Equal((0.13m, 884.96m, 115.04m, "91310000MA1K3XYZ7Q"), Vat(goods));
        var services = await IssueAsync(new { contractId, amount = 100.01m, taxRate = 0.06m });
        // 100.01 ÷ 1.06 = 94.349… → 94.35; tax 5.66.
        Assert.Equal((0.06m, 94.35m, 5.66m, (string?)null), Vat(services));

        var wrongRate = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", Fields, new { contractId, amount = 1m, taxRate = 0.17m });
        Assert.Equal([("VALIDATION", """["input","taxRate"]""")], WriteChecks.CodesAndPaths(wrongRate));
        var wrongNumber = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", Fields, new { contractId, amount = 1m, buyerTaxNumber = "91-31" });
        Assert.Equal([("VALIDATION", """["input","buyerTaxNumber"]""")], WriteChecks.CodesAndPaths(wrongNumber));
    }

    [Fact]
    public async Task FinanceVoidsAnInvoiceWithNothingAppliedAndItsAmountCanBeInvoicedAgain()
    {
        var contractId = await ActiveContractAsync();
        var agreed = ContractScenario.Price((await app.PostAsync("query($id: ID!) { contract(id: $id) { agreedTotal } }", new { id = contractId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["contract"]!["agreedTotal"]!);
        var invoice = await IssueAsync(new { contractId, amount = agreed });
        var id = invoice["id"]!.GetValue<string>();

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("rep.east.1", "voidInvoice", "VoidInvoiceInput", "invoice { id }", new { invoiceId = id, reason = "x" })).ErrorCodes);
        var noReason = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", Fields, new { invoiceId = id, reason = " " });
        Assert.Equal([("VALIDATION", """["input","reason"]""")], WriteChecks.CodesAndPaths(noReason));

        var voided = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", Fields, new { invoiceId = id, version = invoice["version"]!.GetValue<int>(), reason = "开票信息有误" });
        Assert.Empty(voided["errors"]!.AsArray());
        Assert.Equal(("VOID", 0m, "开票信息有误"), (voided["invoice"]!["status"]!.GetValue<string>(), ContractScenario.Price(voided["invoice"]!["openAmount"]!), voided["invoice"]!["voidReason"]!.GetValue<string>()));
        Assert.Equal(["INVOICE_VOID"], WriteChecks.CodesAndPaths(await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", Fields, new { invoiceId = id, reason = "again" })).Select(e => e.Item1));

        // The whole agreed total can be invoiced again, and a receipt cannot be applied to the void one.
        var again = await IssueAsync(new { contractId, amount = agreed });
        Assert.Equal("OPEN", again["status"]!.GetValue<string>());
        var customerId = (await app.PostAsync("query($id: ID!) { contract(id: $id) { customer { id } } }", new { id = contractId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["contract"]!["customer"]!["id"]!.GetValue<string>();
        var receipt = (await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }", new { customerId, amount = 10m }))["receipt"]!["id"]!.GetValue<string>();
        var toVoid = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { id }", new { receiptId = receipt, applications = new[] { new { invoiceId = id, amount = 10m } } });
        Assert.Equal([("INVOICE_VOID", """["input","applications",0,"invoiceId"]""")], WriteChecks.CodesAndPaths(toVoid));

        // An invoice with money applied is not voided until the application is reversed.
        var applied = await _w.PayloadAsync("finance", "applyReceipt", "ApplyReceiptInput", "receipt { applications { nodes { id } } }",
            new { receiptId = receipt, applications = new[] { new { invoiceId = again["id"]!.GetValue<string>(), amount = 10m } } });
        var paidOn = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", Fields, new { invoiceId = again["id"]!.GetValue<string>(), reason = "重开" });
        Assert.Equal(["INVALID_TRANSITION"], WriteChecks.CodesAndPaths(paidOn).Select(e => e.Item1));
        (await _w.PostAsync("finance", "reverseReceiptApplication", "ReverseReceiptApplicationInput", "receipt { id }",
            new { paymentId = applied["receipt"]!["applications"]!["nodes"]![0]!["id"]!.GetValue<string>() })).EnsureNoErrors();
        var afterReversal = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", Fields, new { invoiceId = again["id"]!.GetValue<string>(), reason = "重开" });
        Assert.Empty(afterReversal["errors"]!.AsArray());

        var customer = (await app.PostAsync("query($id: ID!) { customer(id: $id) { openReceivables } }", new { id = customerId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!;
        Assert.Equal(0m, ContractScenario.Price(customer["openReceivables"]!));
        Assert.Contains(("finance", "voidInvoice:update"), (await _w.AuditAsync("Invoice", id)).Select(a => (a.Actor, a.Action)));
    }

    /// <summary>An ACTIVE contract of a new customer of rep.east.1 (so nothing else is open for it).</summary>
    private async Task<string> ActiveContractAsync()
    {
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"发票测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = "2026-08-01", endOn = "2027-07-31" },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        return contractId;
    }

    private async Task<JsonNode> IssueAsync(object input)
    {
        var payload = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", Fields, input);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["invoice"]!;
    }

    private static (decimal, decimal, decimal, string?) Vat(JsonNode invoice) => (
        ContractScenario.Price(invoice["taxRate"]!), ContractScenario.Price(invoice["netAmount"]!), ContractScenario.Price(invoice["taxAmount"]!),
        invoice["buyerTaxNumber"]?.GetValue<string>());
}
