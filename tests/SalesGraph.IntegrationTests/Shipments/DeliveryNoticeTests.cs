using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Shipments;

/// <summary>
/// Delivery notices (发货通知单) against sales orders as the desk, finance and sales management take them: part of an
/// order, approvals of unpaid goods, shipping, cancelling, and the quantities that never exceed the order.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DeliveryNoticeTests(SalesGraphApp app)
{
    private const string ShipmentFields =
        "id noticeNumber status amount unpaidAmount needsApproval needsDirectorApproval pendingApprovals releasedOn shipDueOn shippedOn waybillNumber version " +
        "approvals { nodes { signOff approvedBy { name } } } salesOrder { id status } lines { nodes { quantity unitPrice salesOrderLineId } }";

    private const string Errors = "errors { __typename code message path }";

    private const string Notice = $$"""
        mutation($input: CreateDeliveryNoticeInput!) { createDeliveryNotice(input: $input) { shipment { {{ShipmentFields}} } {{Errors}} } }
        """;

    private static readonly string[] RaceLoserCodes = ["VALIDATION", "CONFLICT"];

    private readonly ContractScenario _scenario = new(app);

    private static string Step(string name) => $$"""
        mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { shipment { {{ShipmentFields}} } {{Errors}} } }
        """;

    [Fact]
    public async Task AClerkShipsPartOfADistributorsOrderAfterFinanceAndTheManagerApproveTheUnpaidGoods()
    {
        var support = await app.TokenAsync("support.east");
        var (orderId, lineId, unitPrice) = await ConfirmedDistributorOrderAsync(10);

        var notice = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId, lines = new[] { new { salesOrderLineId = lineId, quantity = 4 } }, carrier = "德邦物流" } }, support), "createDeliveryNotice");
        Assert.Empty(notice["errors"]!.AsArray());
        var shipment = notice["shipment"]!;
        var shipmentId = shipment["id"]!.GetValue<string>();
        Assert.StartsWith($"FH-", shipment["noticeNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("AWAITING_APPROVAL", shipment["status"]!.GetValue<string>());
        Assert.Equal(4 * unitPrice, ContractScenario.Price(shipment["amount"]!));
        Assert.Equal(4 * unitPrice, ContractScenario.Price(shipment["unpaidAmount"]!)); // no receipt is matched to an order without contract
        Assert.Equal(["FINANCE", "SALES"], Strings(shipment["pendingApprovals"]!));
        Assert.Null(shipment["releasedOn"]);
        Assert.Equal(unitPrice, ContractScenario.Price(shipment["lines"]!["nodes"]![0]!["unitPrice"]!));
        Assert.Equal(lineId, shipment["lines"]!["nodes"]![0]!["salesOrderLineId"]!.GetValue<string>());

        var early = Payload(await app.PostAsync(Step("markShipped"), new { input = new { shipmentId } }, support), "markShipped");
        Assert.Equal("INVALID_TRANSITION", early["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, support)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], Codes(Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, await app.TokenAsync("manager.north")), "approveDeliveryNotice")));

        var byFinance = Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId, version = 1, comment = "信用额度内" } }, await app.TokenAsync("finance")), "approveDeliveryNotice");
        Assert.Empty(byFinance["errors"]!.AsArray());
        Assert.Equal("AWAITING_APPROVAL", byFinance["shipment"]!["status"]!.GetValue<string>());
        Assert.Equal(["SALES"], Strings(byFinance["shipment"]!["pendingApprovals"]!));
        var twice = Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, await app.TokenAsync("finance")), "approveDeliveryNotice");
        Assert.Equal(["VALIDATION"], Codes(twice));
        var stale = Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId, version = 1 } }, await app.TokenAsync("manager.east")), "approveDeliveryNotice");
        Assert.Equal(["CONFLICT"], Codes(stale));

        var released = Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId, version = 2 } }, await app.TokenAsync("manager.east")), "approveDeliveryNotice")["shipment"]!;
        Assert.Equal("PLANNED", released["status"]!.GetValue<string>());
        Assert.Empty(released["pendingApprovals"]!.AsArray());
        Assert.Equal(Day(app.Today), released["releasedOn"]!.GetValue<string>());
        Assert.Equal(Day(app.Today.AddDays(3)), released["shipDueOn"]!.GetValue<string>());
        Assert.Equal(["FINANCE", "SALES"], released["approvals"]!["nodes"]!.AsArray().Select(a => a!["signOff"]!.GetValue<string>()));

        var shipped = Payload(await app.PostAsync(Step("markShipped"), new { input = new { shipmentId, waybillNumber = "DB-20261203-001" } }, support), "markShipped")["shipment"]!;
        Assert.Equal(("SHIPPED", "DB-20261203-001"), (shipped["status"]!.GetValue<string>(), shipped["waybillNumber"]!.GetValue<string>()));
        Assert.Equal("PARTLY_SHIPPED", shipped["salesOrder"]!["status"]!.GetValue<string>());
        Assert.Equal((10, 4, 4, 6), await QuantitiesAsync(orderId));

        // The rest, by default every open quantity; once it has left too, the order is SHIPPED.
        var rest = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId } }, support), "createDeliveryNotice")["shipment"]!;
        Assert.Equal(6, rest["lines"]!["nodes"]![0]!["quantity"]!.GetValue<int>());
        Assert.Equal((10, 10, 4, 0), await QuantitiesAsync(orderId));
        var restId = rest["id"]!.GetValue<string>();
        foreach (var approver in new[] { "finance", "manager.east" })
        {
            Assert.Empty(Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId = restId } }, await app.TokenAsync(approver)), "approveDeliveryNotice")["errors"]!.AsArray());
        }

        var last = Payload(await app.PostAsync(Step("markShipped"), new { input = new { shipmentId = restId } }, support), "markShipped")["shipment"]!;
        Assert.Equal("SHIPPED", last["salesOrder"]!["status"]!.GetValue<string>());
        var delivered = Payload(await app.PostAsync(Step("markDelivered"), new { input = new { shipmentId } }, support), "markDelivered")["shipment"]!;
        Assert.Equal("DELIVERED", delivered["status"]!.GetValue<string>());

        var more = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId } }, support), "createDeliveryNotice");
        Assert.Null(more["shipment"]);
        Assert.Equal(["INVALID_TRANSITION"], Codes(more)); // a SHIPPED order takes no more notices
    }

    [Fact]
    public async Task ANoticeNeverShipsMoreThanTheOrderHasOpenAndACancelledOrRejectedNoticeGivesItsQuantityBack()
    {
        var support = await app.TokenAsync("support.east");
        var (orderId, lineId, _) = await ConfirmedDistributorOrderAsync(5);

        var tooMany = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId, lines = new[] { new { salesOrderLineId = lineId, quantity = 6 } } } }, support), "createDeliveryNotice");
        Assert.Null(tooMany["shipment"]);
        Assert.Equal(["VALIDATION"], Codes(tooMany));
        Assert.Equal(["input", "lines", "0", "quantity"], tooMany["errors"]![0]!["path"]!.AsArray().Select(p => p!.ToString()));

        var first = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId, lines = new[] { new { salesOrderLineId = lineId, quantity = 5 } } } }, support), "createDeliveryNotice")["shipment"]!;
        var full = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId, lines = new[] { new { salesOrderLineId = lineId, quantity = 1 } } } }, support), "createDeliveryNotice");
        Assert.Equal(["VALIDATION"], Codes(full));

        var noReason = await app.PostAsync(Step("cancelShipment"), new { input = new { shipmentId = first["id"]!.GetValue<string>() } }, support);
        Assert.NotEmpty(noReason.ErrorCodes); // reason is required by the schema
        var cancelled = Payload(await app.PostAsync(Step("cancelShipment"), new { input = new { shipmentId = first["id"]!.GetValue<string>(), reason = "客户改期" } }, support), "cancelShipment")["shipment"]!;
        Assert.Equal("CANCELLED", cancelled["status"]!.GetValue<string>());
        Assert.Equal((5, 0, 0, 5), await QuantitiesAsync(orderId));

        var second = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId } }, support), "createDeliveryNotice")["shipment"]!;
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(Step("rejectDeliveryNotice"), new { input = new { shipmentId = second["id"]!.GetValue<string>(), reason = "x" } }, support)).ErrorCodes);
        var rejected = Payload(await app.PostAsync(Step("rejectDeliveryNotice"), new { input = new { shipmentId = second["id"]!.GetValue<string>(), reason = "超出信用额度，先收款" } }, await app.TokenAsync("finance")), "rejectDeliveryNotice")["shipment"]!;
        Assert.Equal("REJECTED", rejected["status"]!.GetValue<string>());
        Assert.Equal((5, 0, 0, 5), await QuantitiesAsync(orderId));
        var cancelRejected = Payload(await app.PostAsync(Step("cancelShipment"), new { input = new { shipmentId = second["id"]!.GetValue<string>(), reason = "x" } }, support), "cancelShipment");
        Assert.Equal(["INVALID_TRANSITION"], Codes(cancelRejected));
    }

    [Fact]
    public async Task NoticesRacingForTheSameOpenQuantityNeverBothCommit()
    {
        var support = await app.TokenAsync("support.east");
        var (orderId, lineId, _) = await ConfirmedDistributorOrderAsync(8);
        var input = new { input = new { salesOrderId = orderId, lines = new[] { new { salesOrderLineId = lineId, quantity = 6 } } } };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.PostAsync(Notice, input, support)));

        var payloads = results.Select(r => Payload(r, "createDeliveryNotice")).ToList();
        Assert.Single(payloads, p => p["shipment"] is not null);
        // The losers queued behind the winner and saw the quantity gone (SQLite) or lost the order's version (PostgreSQL).
        Assert.All(payloads.Where(p => p["shipment"] is null), p => Assert.Contains(p["errors"]![0]!["code"]!.GetValue<string>(), RaceLoserCodes));
        Assert.Equal((8, 6, 0, 2), await QuantitiesAsync(orderId));
    }

    [Fact]
    public async Task UnpaidGoodsAboveTheDirectorsAmountWaitForTheDirectorToo()
    {
        var support = await app.TokenAsync("support.east");
        var (productId, listPrice) = await _scenario.ProductAsync(1_000m, 1_000_000m);
        var quantity = (int)Math.Ceiling(250_000m / listPrice);
        var (orderId, _, _) = await ConfirmedDistributorOrderAsync(quantity, productId);

        var shipment = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId } }, support), "createDeliveryNotice")["shipment"]!;
        var shipmentId = shipment["id"]!.GetValue<string>();
        Assert.True(shipment["needsDirectorApproval"]!.GetValue<bool>());
        Assert.Equal(["FINANCE", "SALES", "DIRECTOR"], Strings(shipment["pendingApprovals"]!));

        foreach (var approver in new[] { "finance", "manager.east" })
        {
            Assert.Equal("AWAITING_APPROVAL", Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, await app.TokenAsync(approver)), "approveDeliveryNotice")
                ["shipment"]!["status"]!.GetValue<string>());
        }

        var byDirector = Payload(await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, await app.TokenAsync("director")), "approveDeliveryNotice")["shipment"]!;
        Assert.Equal("PLANNED", byDirector["status"]!.GetValue<string>());
        Assert.Equal(["FINANCE", "SALES", "DIRECTOR"], byDirector["approvals"]!["nodes"]!.AsArray().Select(a => a!["signOff"]!.GetValue<string>()));
        var queue = (await app.PostAsync("{ dueToShipToday(first: 500) { nodes { id } } lateShipments(first: 500) { nodes { id shipDueOn } } }", null, support)).EnsureNoErrors().Data!;
        Assert.DoesNotContain(queue["dueToShipToday"]!["nodes"]!.AsArray(), s => s!["id"]!.GetValue<string>() == shipmentId); // planned for tomorrow
        Assert.DoesNotContain(queue["lateShipments"]!["nodes"]!.AsArray(), s => s!["id"]!.GetValue<string>() == shipmentId);
        Assert.All(queue["lateShipments"]!["nodes"]!.AsArray(), s => Assert.True(DateOnly.Parse(s!["shipDueOn"]!.GetValue<string>(), CultureInfo.InvariantCulture) < app.Today));
    }

    [Fact]
    public async Task APaidContractsOrderWaitsInThePaidQueueAndItsNoticeIsReleasedAtOnce()
    {
        var contract = await PaidActiveContractAsync();
        var contractId = contract["id"]!.GetValue<string>();
        var support = await app.TokenAsync("support.east");
        var line = contract["lines"]!["nodes"]![0]!;
        var created = Payload(await app.PostAsync(
            "mutation($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { salesOrder { id lines { nodes { id } } } errors { code } } }",
            new { input = new { customerId = contract["customer"]!["id"]!.GetValue<string>(), contractId, lines = new[] { new { productId = line["product"]!["id"]!.GetValue<string>(), quantity = 30, requestedOn = Day(app.Today.AddDays(5)) } } } },
            support), "createSalesOrder")["salesOrder"]!;
        var orderId = created["id"]!.GetValue<string>();
        (await app.PostAsync("mutation($input: ConfirmSalesOrderInput!) { confirmSalesOrder(input: $input) { errors { code } } }", new { input = new { salesOrderId = orderId } }, support)).EnsureNoErrors();

        Assert.Contains(await QueueAsync("paidAwaitingShipment", support), o => o == orderId);

        var notice = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId, plannedOn = Day(app.Today), carrier = "顺丰速运" } }, support), "createDeliveryNotice");
        Assert.Equal("[]", notice["errors"]!.ToJsonString());
        var shipment = notice["shipment"]!;
        Assert.Equal("PLANNED", shipment["status"]!.GetValue<string>());
        Assert.Equal(0m, ContractScenario.Price(shipment["unpaidAmount"]!));
        Assert.False(shipment["needsApproval"]!.GetValue<bool>());
        Assert.Equal(Day(app.Today.AddDays(3)), shipment["shipDueOn"]!.GetValue<string>());
        var shipmentId = shipment["id"]!.GetValue<string>();
        Assert.Contains(await QueueAsync("dueToShipToday", support), s => s == shipmentId);

        (await app.PostAsync(Step("markShipped"), new { input = new { shipmentId } }, support)).EnsureNoErrors();
        Assert.DoesNotContain(await QueueAsync("dueToShipToday", support), s => s == shipmentId);
        Assert.DoesNotContain(await QueueAsync("shippedUnpaid", support), s => s == shipmentId);
    }

    [Fact]
    public async Task GoodsThatLeftUnpaidWaitInTheCollectionQueue()
    {
        var support = await app.TokenAsync("support.east");
        var (orderId, _, _) = await ConfirmedDistributorOrderAsync(2);
        var shipmentId = Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = orderId } }, support), "createDeliveryNotice")["shipment"]!["id"]!.GetValue<string>();
        foreach (var approver in new[] { "finance", "director" })
        {
            (await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId } }, await app.TokenAsync(approver))).EnsureNoErrors();
        }

        (await app.PostAsync(Step("markShipped"), new { input = new { shipmentId } }, support)).EnsureNoErrors();

        // Oldest first: the goods that left today come last.
        Assert.Contains(await QueueAsync("shippedUnpaid", await app.TokenAsync("finance"), "last: 100"), s => s == shipmentId);
        Assert.DoesNotContain(await QueueAsync("shippedUnpaid", await app.TokenAsync("support.north"), "last: 100"), s => s == shipmentId); // another region's desk
    }

    [Fact]
    public async Task AnErpRetryWithTheSameExternalIdReturnsTheFirstNotice()
    {
        var erp = await app.TokenAsync("erp");
        var (orderId, lineId, _) = await ConfirmedDistributorOrderAsync(6);
        var input = new { input = new { salesOrderId = orderId, externalId = "ERP-FH-0815", lines = new[] { new { salesOrderLineId = lineId, quantity = 2 } } } };

        var first = Payload(await app.PostAsync(Notice, input, erp), "createDeliveryNotice")["shipment"]!["id"]!.GetValue<string>();
        var retry = Payload(await app.PostAsync(Notice, input, erp), "createDeliveryNotice")["shipment"]!["id"]!.GetValue<string>();
        var readBack = (await app.PostAsync("{ shipmentByExternalId(externalId: \"ERP-FH-0815\") { id } unknown: shipmentByExternalId(externalId: \"nope\") { id } }", null, erp))
            .EnsureNoErrors().Data!;

        Assert.Equal(first, retry);
        Assert.Equal(first, readBack["shipmentByExternalId"]!["id"]!.GetValue<string>());
        Assert.Null(readBack["unknown"]);
        Assert.Equal((6, 2, 0, 4), await QuantitiesAsync(orderId));

        // The ERP takes the notice's next steps by its own id; naming both ids, or an unknown one, is refused at its path.
        foreach (var approver in new[] { "finance", "manager.east" })
        {
            (await app.PostAsync(Step("approveDeliveryNotice"), new { input = new { shipmentId = first } }, await app.TokenAsync(approver))).EnsureNoErrors();
        }

        var shipped = Payload(await app.PostAsync(Step("markShipped"), new { input = new { externalId = "ERP-FH-0815", waybillNumber = "SF123" } }, erp), "markShipped");
        Assert.Equal(("SHIPPED", first), (shipped["shipment"]!["status"]!.GetValue<string>(), shipped["shipment"]!["id"]!.GetValue<string>()));
        var both = Payload(await app.PostAsync(Step("markDelivered"), new { input = new { shipmentId = first, externalId = "ERP-FH-0815" } }, erp), "markDelivered");
        Assert.Equal(("VALIDATION", "input.externalId"), (both["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', both["errors"]![0]!["path"]!.AsArray())));
        var unknown = Payload(await app.PostAsync(Step("markDelivered"), new { input = new { externalId = "ERP-FH-9999" } }, erp), "markDelivered");
        Assert.Equal(["NOT_FOUND"], Codes(unknown));

        // Every step is audited with its client, readable by the director.
        var audit = (await app.PostAsync(
                "query($id: String!) { auditEntries(entityType: \"Shipment\", entityId: $id, first: 20) { nodes { action client } } }",
                new { id = WriteChecks.LocalId(first) }, await app.TokenAsync("director")))
            .EnsureNoErrors().Data!["auditEntries"]!["nodes"]!.AsArray().Select(n => n!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["markShipped:update", "approveDeliveryNotice:update", "approveDeliveryNotice:update", "createDeliveryNotice:create"], audit);
    }

    [Fact]
    public async Task ANoticeNeedsAConfirmedOrderAndExactlyOneOfOrderOrContract()
    {
        var support = await app.TokenAsync("support.east");
        var customerId = await _scenario.CustomerOfKindAsync(support, "DISTRIBUTOR");
        var (productId, _) = await _scenario.ProductAsync(100m, 5_000m);
        var submitted = Payload(await app.PostAsync(
            "mutation($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { salesOrder { id } errors { code } } }",
            new { input = new { customerId, lines = new[] { new { productId, quantity = 3, requestedOn = Day(app.Today.AddDays(3)) } } } }, support), "createSalesOrder")["salesOrder"]!["id"]!.GetValue<string>();

        Assert.Equal(["INVALID_TRANSITION"], Codes(Payload(await app.PostAsync(Notice, new { input = new { salesOrderId = submitted } }, support), "createDeliveryNotice")));
        var neither = Payload(await app.PostAsync(Notice, new { input = new { carrier = "顺丰速运" } }, support), "createDeliveryNotice");
        Assert.Equal(["VALIDATION"], Codes(neither));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(Notice, new { input = new { salesOrderId = submitted } }, await app.TokenAsync("rep.east.1"))).ErrorCodes);
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<(string OrderId, string LineId, decimal UnitPrice)> ConfirmedDistributorOrderAsync(int quantity, string? productId = null)
    {
        var support = await app.TokenAsync("support.east");
        var customerId = await _scenario.CustomerOfKindAsync(support, "DISTRIBUTOR");
        productId ??= (await _scenario.ProductAsync(100m, 5_000m)).Id;
        var order = Payload(await app.PostAsync(
            "mutation($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { salesOrder { id lines { nodes { id unitPrice } } } errors { code message } } }",
            new { input = new { customerId, lines = new[] { new { productId, quantity, requestedOn = Day(app.Today.AddDays(7)) } } } }, support), "createSalesOrder")["salesOrder"]!;
        var orderId = order["id"]!.GetValue<string>();
        (await app.PostAsync("mutation($input: ConfirmSalesOrderInput!) { confirmSalesOrder(input: $input) { errors { code } } }", new { input = new { salesOrderId = orderId } }, support)).EnsureNoErrors();
        var line = order["lines"]!["nodes"]![0]!;
        return (orderId, line["id"]!.GetValue<string>(), ContractScenario.Price(line["unitPrice"]!));
    }

    private async Task<JsonNode> PaidActiveContractAsync()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 1_000m);
        var id = draft["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(id, "rep.east.1", "rep.east.1");
        var agreed = ContractScenario.Price(draft["agreedTotal"]!);
        var finance = await app.TokenAsync("finance");
        var payment = (await app.PostAsync(
                "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } errors { code } } }",
                new { input = new { contractId = id, amount = agreed } }, finance))
            .EnsureNoErrors().Data!["recordPayment"]!["payment"]!["id"]!.GetValue<string>();
        (await app.PostAsync("mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { errors { code } } }", new { input = new { paymentId = payment } }, finance)).EnsureNoErrors();
        return (await app.PostAsync("query($id: ID!) { contract(id: $id) { id customer { id } lines { nodes { quantity product { id } } } } }",
            new { id }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!;
    }

    /// <summary>The order line's (ordered, noticed, shipped, open) quantities as the API reports them.</summary>
    private async Task<(int, int, int, int)> QuantitiesAsync(string orderId)
    {
        var line = (await app.PostAsync("query($id: ID!) { salesOrder(id: $id) { lines { nodes { quantity noticedQuantity shippedQuantity openQuantity } } } }",
            new { id = orderId }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["salesOrder"]!["lines"]!["nodes"]![0]!;
        return (line["quantity"]!.GetValue<int>(), line["noticedQuantity"]!.GetValue<int>(), line["shippedQuantity"]!.GetValue<int>(), line["openQuantity"]!.GetValue<int>());
    }

    private async Task<List<string>> QueueAsync(string queue, string token, string page = "first: 500") =>
        [.. (await app.PostAsync($"{{ {queue}({page}) {{ nodes {{ id }} }} }}", null, token)).EnsureNoErrors().Data![queue]!["nodes"]!.AsArray()
            .Select(n => n!["id"]!.GetValue<string>())];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> Strings(JsonNode node) => [.. node.AsArray().Select(n => n!.GetValue<string>())];

    private static List<string> Codes(JsonNode payload) => [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    private static JsonNode Payload(GraphQLResponse response, string field) => response.EnsureNoErrors().Data![field]!;
}
