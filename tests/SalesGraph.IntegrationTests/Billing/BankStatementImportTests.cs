using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>
/// The bank-statement import (decision 029): lines matched by taxpayer number, account or exact name, recorded as
/// receipts (applied oldest first when asked), duplicates by bank reference, per-line errors at input.rows[i].field, a dry
/// run that writes nothing (no audit either), chunks, the row limit, finance only, and concurrent re-imports.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class BankStatementImportTests(SalesGraphApp app)
{
    private const string Selection =
        "bankStatement { dryRun imported duplicates unmatched invalid rows { index status bankReference amount appliedAmount customer { id } receipt { id number amount appliedAmount payerName memo } " +
        "errors { code path } } }";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task ADryRunReportsEveryLineAndWritesNothingThenTheImportRecordsTheReceiptsAndARepeatIsDuplicates()
    {
        var taxNumber = "91310000" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var (byTax, _, invoiceId) = await CustomerWithInvoiceAsync(1_000m, taxNumber);
        var (byName, name) = await CustomerAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        object[] rows =
        [
            new { valueDate = Day(app.Today), amount = 400m, payerName = "某某 (name the bank garbled)", payerTaxNumber = taxNumber, bankReference = $"ICBC-{tag}-1", memo = "货款" },
            new { valueDate = Day(app.Today), amount = 250.50m, payerName = name, bankReference = $"ICBC-{tag}-2" },
            new { valueDate = Day(app.Today), amount = 99m, payerName = $"无此客户 {tag}", bankReference = $"ICBC-{tag}-3" },
            new { valueDate = Day(app.Today.AddDays(1)), amount = -5m, payerName = name, bankReference = $"ICBC-{tag}-4" },
            new { valueDate = Day(app.Today), amount = 400m, payerTaxNumber = taxNumber, bankReference = $"ICBC-{tag}-1" },
        ];

        var auditBefore = await CountAsync("auditEntries");
        var receiptsBefore = await CountAsync("receipts");
        var dry = await ImportAsync(new { rows, dryRun = true, applyOldestFirst = true });
        Assert.True(dry["dryRun"]!.GetValue<bool>());
        Assert.Equal(["IMPORTED", "IMPORTED", "UNMATCHED", "INVALID", "DUPLICATE"], Statuses(dry));
        Assert.Equal([byTax, byName, null, null, null], dry["rows"]!.AsArray().Select(r => r!["customer"]?["id"]?.GetValue<string>()));
        Assert.All(dry["rows"]!.AsArray(), r => Assert.Null(r!["receipt"]));
        Assert.Equal(400m, Money(dry["rows"]![0]!["appliedAmount"]!)); // what would be applied to the open invoice
        Assert.Equal([("NOT_FOUND", """["input","rows",2,"payerName"]""")], Errors(dry, 2));
        Assert.Equal([("VALIDATION", """["input","rows",3,"amount"]"""), ("VALIDATION", """["input","rows",3,"valueDate"]""")], Errors(dry, 3));
        Assert.Equal((auditBefore, receiptsBefore), (await CountAsync("auditEntries"), await CountAsync("receipts")));
        Assert.Equal(1_000m, await OpenAmountAsync(invoiceId));

        var imported = await ImportAsync(new { rows, applyOldestFirst = true });
        Assert.False(imported["dryRun"]!.GetValue<bool>());
        Assert.Equal(["IMPORTED", "IMPORTED", "UNMATCHED", "INVALID", "DUPLICATE"], Statuses(imported));
        Assert.Equal((2, 1, 1, 1), (Count(imported, "imported"), Count(imported, "duplicates"), Count(imported, "unmatched"), Count(imported, "invalid")));
        var first = imported["rows"]![0]!["receipt"]!;
        Assert.StartsWith("HK-", first["number"]!.GetValue<string>());
        Assert.Equal((400m, 400m, "货款"), (Money(first["amount"]!), Money(first["appliedAmount"]!), first["memo"]!.GetValue<string>()));
        Assert.Equal(600m, await OpenAmountAsync(invoiceId));
        var second = imported["rows"]![1]!["receipt"]!;
        Assert.Equal((250.50m, 0m), (Money(second["amount"]!), Money(second["appliedAmount"]!))); // no open invoice: on account
        Assert.Equal(receiptsBefore + 2, await CountAsync("receipts"));
        Assert.Equal(["importBankStatement:create"], (await _w.AuditAsync("Receipt", first["id"]!.GetValue<string>())).Select(e => e.Action));
        var application = (await app.PostAsync("query($id: ID!) { receipt(id: $id) { applications { nodes { id } } } }", new { id = first["id"]!.GetValue<string>() }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["receipt"]!["applications"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var applicationAudit = Assert.Single(await _w.AuditAsync("Payment", application));
        Assert.Equal("importBankStatement:create", applicationAudit.Action);
        Assert.Equal(WriteChecks.LocalId(first["id"]!.GetValue<string>()), JsonNode.Parse(applicationAudit.Changes)!["ReceiptId"]!["new"]!.ToJsonString()); // the saved id, not a temporary one

        // The same statement again: nothing imported twice, the earlier receipts reported.
        var again = await ImportAsync(new { rows, applyOldestFirst = true });
        Assert.Equal(["DUPLICATE", "DUPLICATE", "UNMATCHED", "INVALID", "DUPLICATE"], Statuses(again));
        Assert.Equal(first["id"]!.GetValue<string>(), again["rows"]![0]!["receipt"]!["id"]!.GetValue<string>());
        Assert.Equal(receiptsBefore + 2, await CountAsync("receipts"));
        Assert.Equal(600m, await OpenAmountAsync(invoiceId));

        // recordReceipt refuses a bank reference already imported.
        var manual = await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id }", new { customerId = byName, amount = 1m, bankReference = $"ICBC-{tag}-2" });
        Assert.Equal([("VALIDATION", """["input","bankReference"]""")], WriteChecks.CodesAndPaths(manual));
    }

    [Fact]
    public async Task ManyLinesGoInChunksAndTooManyOrTheWrongRoleAreRefused()
    {
        var (customerId, name) = await CustomerAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rows = Enumerable.Range(0, 450).Select(n => new { valueDate = Day(app.Today), amount = 1m + n, payerName = name, bankReference = $"CMB-{tag}-{n}" }).ToArray();
        var imported = await ImportAsync(new { rows });
        Assert.Equal(450, Count(imported, "imported"));
        Assert.Equal(Enumerable.Range(0, 450), imported["rows"]!.AsArray().Select(r => r!["index"]!.GetValue<int>()));
        Assert.All(imported["rows"]!.AsArray(), r => Assert.Equal(customerId, r!["customer"]!["id"]!.GetValue<string>()));
        var numbers = imported["rows"]!.AsArray().Select(r => r!["receipt"]!["number"]!.GetValue<string>()).ToList();
        Assert.Equal(450, numbers.Distinct().Count());

        var tooMany = Enumerable.Range(0, 1_001).Select(n => new { valueDate = Day(app.Today), amount = 1m, payerName = name, bankReference = $"X-{tag}-{n}" }).ToArray();
        var refused = await _w.PayloadAsync("finance", "importBankStatement", "ImportBankStatementInput", Selection, new { rows = tooMany, dryRun = true });
        Assert.Equal([("VALIDATION", """["input","rows"]""")], WriteChecks.CodesAndPaths(refused));
        Assert.Null(refused["bankStatement"]);

        foreach (var who in new[] { "rep.east.1", "support.east", "director" })
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync(who, "importBankStatement", "ImportBankStatementInput", Selection, new { rows = rows[..1], dryRun = true })).ErrorCodes);
        }
    }

    [Fact]
    public async Task TwoConcurrentImportsOfTheSameStatementRecordEachLineOnce()
    {
        var (_, name) = await CustomerAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rows = Enumerable.Range(0, 3).Select(n => new { valueDate = Day(app.Today), amount = 10m + n, payerName = name, bankReference = $"ABC-{tag}-{n}" }).ToArray();
        var before = await CountAsync("receipts");
        var results = await Task.WhenAll(ImportAsync(new { rows }), ImportAsync(new { rows }));
        Assert.Equal(before + 3, await CountAsync("receipts"));
        for (var i = 0; i < 3; i++)
        {
            var statuses = results.Select(r => r["rows"]![i]!["status"]!.GetValue<string>()).Order().ToList();
            Assert.True(statuses.SequenceEqual(["DUPLICATE", "IMPORTED"]) || statuses.SequenceEqual(["IMPORTED", "INVALID"]), string.Join(",", statuses));
        }
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<JsonNode> ImportAsync(object input)
    {
        var payload = await _w.PayloadAsync("finance", "importBankStatement", "ImportBankStatementInput", Selection, input);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["bankStatement"]!;
    }

    private static List<string> Statuses(JsonNode result) => [.. result["rows"]!.AsArray().Select(r => r!["status"]!.GetValue<string>())];

    private static List<(string, string)> Errors(JsonNode result, int row) =>
        [.. result["rows"]![row]!["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["path"]!.ToJsonString())).Order()];

    private static int Count(JsonNode result, string field) => result[field]!.GetValue<int>();

    private async Task<int> CountAsync(string field) =>
        (await app.PostAsync($"{{ {field}(first: 1) {{ totalCount }} }}", null, await app.TokenAsync("director"))).EnsureNoErrors().Data![field]!["totalCount"]!.GetValue<int>();

    private async Task<(string Id, string Name)> CustomerAsync()
    {
        var name = $"流水客户 {Guid.NewGuid():N}"[..20];
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name, industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        return (customer["customer"]!["id"]!.GetValue<string>(), name);
    }

    private async Task<(string CustomerId, string Name, string InvoiceId)> CustomerWithInvoiceAsync(decimal amount, string buyerTaxNumber)
    {
        var (customerId, name) = await CustomerAsync();
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = "2026-08-01", endOn = "2027-07-31" },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        var invoice = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id }", new { contractId, amount, buyerTaxNumber, issuedOn = "2026-09-01" });
        Assert.Empty(invoice["errors"]!.AsArray());
        return (customerId, name, invoice["invoice"]!["id"]!.GetValue<string>());
    }

    private async Task<decimal> OpenAmountAsync(string id) =>
        Money((await app.PostAsync("query($id: ID!) { invoice(id: $id) { openAmount } }", new { id }, await app.TokenAsync("finance"))).EnsureNoErrors().Data!["invoice"]!["openAmount"]!);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(JsonNode node) => ContractScenario.Price(node);
}
