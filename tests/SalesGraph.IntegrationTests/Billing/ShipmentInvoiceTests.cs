using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>
/// Invoices against delivered shipments (decision 029): only delivered goods of the contract, never above their
/// delivered value less earlier invoices (OVER_INVOICED, NOT_DELIVERED, also when two race), the shipments an invoice
/// bills, voiding gives them back, audited in the same transaction.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ShipmentInvoiceTests(SalesGraphApp app)
{
    private const string InvoiceFields = "invoice { id number amount shipments { amount shipment { id } } }";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task AnInvoiceBillsDeliveredShipmentsOfItsContractAndNeverMoreThanTheyLeaveToInvoice()
    {
        var (contractId, unitPrice, shipments) = await ContractWithShipmentsAsync(30, 20);
        var (a, b) = (shipments[0], shipments[1]);
        await DeliverAsync(a);
        var (valueA, valueB) = (30 * unitPrice, 20 * unitPrice);
        Assert.Equal((valueA, 0m), await BillingAsync(a));
        Assert.Equal((0m, 0m), await BillingAsync(b)); // shipped, not delivered: nothing to invoice yet

        var notDelivered = await IssueAsync(new { contractId, amount = 1m, shipmentIds = new[] { a, b } });
        Assert.Equal([("NOT_DELIVERED", """["input","shipmentIds",1]""")], WriteChecks.CodesAndPaths(notDelivered));
        await DeliverAsync(b);

        var over = await IssueAsync(new { contractId, amount = valueA + valueB + 0.01m, shipmentIds = new[] { a, b } });
        Assert.Equal([("OVER_INVOICED", """["input","amount"]""")], WriteChecks.CodesAndPaths(over));
        var twice = await IssueAsync(new { contractId, amount = 1m, shipmentIds = new[] { a, a } });
        Assert.Equal([("VALIDATION", """["input","shipmentIds",1]""")], WriteChecks.CodesAndPaths(twice));

        // The amount is spread in the order given: all of A, then part of B.
        var issued = await IssueAsync(new { contractId, amount = valueA + 100m, shipmentIds = new[] { a, b }, issuedOn = "2026-09-01" });
        Assert.Empty(issued["errors"]!.AsArray());
        var invoice = issued["invoice"]!;
        Assert.Equal([(a, valueA), (b, 100m)], invoice["shipments"]!.AsArray().Select(s => (s!["shipment"]!["id"]!.GetValue<string>(), Money(s["amount"]!))));
        Assert.Equal((0m, valueA), await BillingAsync(a));
        Assert.Equal((valueB - 100m, 100m), await BillingAsync(b));

        var fullyInvoiced = await IssueAsync(new { contractId, amount = 1m, shipmentIds = new[] { b, a } });
        Assert.Equal([("OVER_INVOICED", """["input","shipmentIds",1]""")], WriteChecks.CodesAndPaths(fullyInvoiced));
        var rest = await IssueAsync(new { contractId, amount = valueB - 99.99m, shipmentIds = new[] { b } });
        Assert.Equal([("OVER_INVOICED", """["input","amount"]""")], WriteChecks.CodesAndPaths(rest));

        // Audited in the same write: the invoice created, the shipments' invoiced amounts raised.
        var invoiceId = invoice["id"]!.GetValue<string>();
        Assert.Equal(["issueInvoice:create"], (await _w.AuditAsync("Invoice", invoiceId)).Select(e => e.Action));
        Assert.Contains(await _w.AuditAsync("Shipment", a), e => e.Action == "issueInvoice:update" && e.Changes.Contains("InvoicedAmount", StringComparison.Ordinal));

        // Voiding gives the goods back to invoice.
        var voided = await _w.PayloadAsync("finance", "voidInvoice", "VoidInvoiceInput", "invoice { status }", new { invoiceId, reason = "开票错误" });
        Assert.Empty(voided["errors"]!.AsArray());
        Assert.Equal((valueA, 0m), await BillingAsync(a));
        Assert.Equal((valueB, 0m), await BillingAsync(b));

        // Another contract's shipment is refused at its index; only finance issues invoices.
        var (otherContract, _, otherShipments) = await ContractWithShipmentsAsync(5);
        await DeliverAsync(otherShipments[0]);
        var wrongContract = await IssueAsync(new { contractId, amount = 1m, shipmentIds = new[] { otherShipments[0] } });
        Assert.Equal([("VALIDATION", """["input","shipmentIds",0]""")], WriteChecks.CodesAndPaths(wrongContract));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("support.east", "issueInvoice", "IssueInvoiceInput", InvoiceFields,
            new { contractId = otherContract, amount = 1m, shipmentIds = new[] { otherShipments[0] } })).ErrorCodes);
    }

    [Fact]
    public async Task ConcurrentInvoicesOnTheSameShipmentNeverBillMoreThanItsDeliveredValue()
    {
        var (contractId, unitPrice, shipments) = await ContractWithShipmentsAsync(10);
        await DeliverAsync(shipments[0]);
        var value = 10 * unitPrice;
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            IssueAsync(new { contractId, amount = decimal.Round(value * 0.6m, 2) + n, shipmentIds = new[] { shipments[0] } })));
        var codes = results.Select(r => WriteChecks.CodesAndPaths(r).Select(e => e.Code).SingleOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.All(codes.Where(c => c is not null), c => Assert.True(c is "OVER_INVOICED" or "CONFLICT", c));
        var (invoiceable, invoiced) = await BillingAsync(shipments[0]);
        Assert.True(invoiced <= value, $"invoiced {invoiced} of {value}");
        Assert.Equal(value - invoiced, invoiceable);
        var billed = results.Single(r => r["errors"]!.AsArray().Count == 0)["invoice"]!;
        Assert.Equal(invoiced, Money(billed["amount"]!));
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private Task<JsonNode> IssueAsync(object input) => _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", InvoiceFields, input);

    /// <summary>A paid, active contract of 100 units, an order of it and one shipped notice per quantity given.</summary>
    private async Task<(string ContractId, decimal UnitPrice, List<string> ShipmentIds)> ContractWithShipmentsAsync(params int[] quantities)
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 1_000m);
        var contractId = draft["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "rep.east.1");
        var payment = await _w.PayloadAsync("finance", "recordPayment", "RecordPaymentInput", "payment { id }", new { contractId, amount = Money(draft["agreedTotal"]!) });
        Assert.Empty((await _w.PayloadAsync("finance", "confirmPayment", "ConfirmPaymentInput", "payment { id }", new { paymentId = payment["payment"]!["id"]!.GetValue<string>() }))["errors"]!.AsArray());
        var contract = (await app.PostAsync("query($id: ID!) { contract(id: $id) { customer { id } lines { nodes { agreedUnitPrice product { id } } } } }",
            new { id = contractId }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!;
        var line = contract["lines"]!["nodes"]![0]!;
        var order = await _w.PayloadAsync("support.east", "createSalesOrder", "CreateSalesOrderInput", "salesOrder { id lines { nodes { id } } }", new
        {
            customerId = contract["customer"]!["id"]!.GetValue<string>(), contractId,
            lines = new[] { new { productId = line["product"]!["id"]!.GetValue<string>(), quantity = quantities.Sum(), requestedOn = Day(app.Today.AddDays(5)) } },
        });
        var orderId = order["salesOrder"]!["id"]!.GetValue<string>();
        var orderLineId = order["salesOrder"]!["lines"]!["nodes"]![0]!["id"]!.GetValue<string>();
        Assert.Empty((await _w.PayloadAsync("support.east", "confirmSalesOrder", "ConfirmSalesOrderInput", "salesOrder { id }", new { salesOrderId = orderId }))["errors"]!.AsArray());
        var shipments = new List<string>();
        foreach (var quantity in quantities)
        {
            var notice = await _w.PayloadAsync("support.east", "createDeliveryNotice", "CreateDeliveryNoticeInput", "shipment { id status }", new
            {
                salesOrderId = orderId, plannedOn = Day(app.Today), carrier = "顺丰速运", lines = new[] { new { salesOrderLineId = orderLineId, quantity } },
            });
            Assert.Empty(notice["errors"]!.AsArray());
            var shipmentId = notice["shipment"]!["id"]!.GetValue<string>();
            Assert.Empty((await _w.PayloadAsync("support.east", "markShipped", "MarkShippedInput", "shipment { id }", new { shipmentId }))["errors"]!.AsArray());
            shipments.Add(shipmentId);
        }

        return (contractId, Money(line["agreedUnitPrice"]!), shipments);
    }

    private async Task DeliverAsync(string shipmentId) =>
        Assert.Empty((await _w.PayloadAsync("support.east", "markDelivered", "MarkDeliveredInput", "shipment { id }", new { shipmentId }))["errors"]!.AsArray());

    /// <summary>The shipment's (invoiceable, invoiced) amounts as finance reads them.</summary>
    private async Task<(decimal Invoiceable, decimal Invoiced)> BillingAsync(string id)
    {
        var shipment = (await app.PostAsync("query($id: ID!) { shipment(id: $id) { invoiceableAmount invoicedAmount } }", new { id }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["shipment"]!;
        return (Money(shipment["invoiceableAmount"]!), Money(shipment["invoicedAmount"]!));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(JsonNode node) => ContractScenario.Price(node);
}
