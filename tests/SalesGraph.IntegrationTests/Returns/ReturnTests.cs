using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Returns;

/// <summary>
/// Returns (退货) through the API as the demo accounts take them: a clerk requests one from a delivered shipment, the
/// customer's manager approves or rejects it, the clerk books the goods back and the credit note follows; over-returning,
/// wrong shipments, stale versions and wrong steps are refused with their paths.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ReturnTests(SalesGraphApp app)
{
    private const string ReturnFields =
        "id number status amount reason version rejectionReason receivedOn carrierNote customer { id } shipment { id } " +
        "lines { nodes { id quantity receivedQuantity unitPrice amount creditedAmount } } creditNote { number amount issuedOn }";

    private const string Errors = "errors { __typename code message path }";

    private const string Request = $$"""
        mutation($input: RequestReturnInput!) { requestReturn(input: $input) { returnRequest { {{ReturnFields}} } {{Errors}} } }
        """;

    private const string Returnable = """
        query($id: ID!) { returnableLines(shipmentId: $id) { shipmentLineId delivered returned returnable unitPrice } }
        """;

    private static readonly string[] LostRaceCodes = ["VALIDATION", "CONFLICT"];

    private static int _used;

    private static string Step(string name) => $$"""
        mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { returnRequest { {{ReturnFields}} } {{Errors}} } }
        """;

    [Fact]
    public async Task ClerkRequestsManagerApprovesClerkReceivesAndTheCreditNoteFollowsInTheKpis()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync(underContract: true);
        var quantity = Math.Min(2, line["delivered"]!.GetValue<int>());
        var unitPrice = ContractScenario.Price(line["unitPrice"]!);
        var before = await KpiAsync();
        var customerId = (await app.PostAsync("query($id: ID!) { shipment(id: $id) { customer { id } } }", new { id = shipmentId }, support)).EnsureNoErrors().Data!["shipment"]!["customer"]!["id"]!.GetValue<string>();
        var owedBefore = await OpenReceivablesAsync(customerId);

        var requested = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = "包装破损 / damaged packaging", lines = new[] { new { shipmentLineId = line["shipmentLineId"]!.GetValue<string>(), quantity } } } }, support), "requestReturn");
        Assert.Empty(requested["errors"]!.AsArray());
        var request = requested["returnRequest"]!;
        Assert.StartsWith($"TH-{app.Today.Year}-", request["number"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("REQUESTED", request["status"]!.GetValue<string>());
        Assert.Equal(quantity * unitPrice, ContractScenario.Price(request["amount"]!));
        Assert.Null(request["creditNote"]);
        var id = request["id"]!.GetValue<string>();

        var approved = Payload(await app.PostAsync(Step("approveReturn"), new { input = new { returnRequestId = id, version = 1 } }, await app.TokenAsync("manager.east")), "approveReturn");
        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal("APPROVED", approved["returnRequest"]!["status"]!.GetValue<string>());

        var received = Payload(await app.PostAsync(Step("receiveReturn"), new { input = new { returnRequestId = id, version = 2 } }, support), "receiveReturn");
        Assert.Empty(received["errors"]!.AsArray());
        var done = received["returnRequest"]!;
        Assert.Equal("RECEIVED", done["status"]!.GetValue<string>());
        Assert.Equal(quantity, done["lines"]!["nodes"]![0]!["receivedQuantity"]!.GetValue<int>());
        Assert.StartsWith($"HZ-{app.Today.Year}-", done["creditNote"]!["number"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(quantity * unitPrice, ContractScenario.Price(done["creditNote"]!["amount"]!));

        var after = await KpiAsync();
        Assert.Equal(before.Returns + (quantity * unitPrice), after.Returns);
        Assert.Equal(before.Sales, after.Sales);
        Assert.Equal(after.Sales - after.Returns, after.Net);
        Assert.Equal(owedBefore - (quantity * unitPrice), await OpenReceivablesAsync(customerId));
        var left = await ReturnableAsync(shipmentId, support);
        Assert.Equal(quantity, left.First(l => l!["shipmentLineId"]!.GetValue<string>() == line["shipmentLineId"]!.GetValue<string>())!["returned"]!.GetValue<int>());
    }

    [Fact]
    public async Task NeverMoreThanDeliveredLessOtherReturnsUntilOneIsRejected()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync();
        var delivered = line["delivered"]!.GetValue<int>();
        var lineId = line["shipmentLineId"]!.GetValue<string>();
        object Input(int quantity) => new { input = new { shipmentId, reason = "质量问题 / quality", lines = new[] { new { shipmentLineId = lineId, quantity } } } };

        var over = Payload(await app.PostAsync(Request, Input(delivered + 1), support), "requestReturn");
        Assert.Null(over["returnRequest"]);
        Assert.Equal("VALIDATION", over["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "lines", "0", "quantity"], Path(over));

        var all = Payload(await app.PostAsync(Request, Input(delivered), support), "requestReturn");
        Assert.Empty(all["errors"]!.AsArray());
        var again = Payload(await app.PostAsync(Request, Input(1), support), "requestReturn");
        Assert.Equal(("VALIDATION", "input.lines.0.quantity"), (again["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', Path(again))));

        var rejected = Payload(await app.PostAsync(Step("rejectReturn"),
            new { input = new { returnRequestId = all["returnRequest"]!["id"]!.GetValue<string>(), reason = "超过退货期 / past the return period" } }, await app.TokenAsync("director")), "rejectReturn");
        Assert.Equal("REJECTED", rejected["returnRequest"]!["status"]!.GetValue<string>());
        Assert.Empty(Payload(await app.PostAsync(Request, Input(1), support), "requestReturn")["errors"]!.AsArray());
    }

    [Fact]
    public async Task BadRequestsAreRefusedWithTheirPathsAndWriteNothing()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync();
        var lineId = line["shipmentLineId"]!.GetValue<string>();

        var noReason = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = " ", lines = new[] { new { shipmentLineId = lineId, quantity = 1 } } } }, support), "requestReturn");
        Assert.Equal(["input", "reason"], Path(noReason));
        var twice = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = "x", lines = new[] { new { shipmentLineId = lineId, quantity = 1 }, new { shipmentLineId = lineId, quantity = 1 } } } }, support), "requestReturn");
        Assert.Equal(["input", "lines", "1", "shipmentLineId"], Path(twice));

        var notDelivered = await ShipmentAsync("SHIPPED");
        var fromShipped = Payload(await app.PostAsync(Request, new { input = new { shipmentId = notDelivered.Id, reason = "x", lines = new[] { new { shipmentLineId = notDelivered.LineId, quantity = 1 } } } }, support), "requestReturn");
        Assert.Equal(("INVALID_TRANSITION", "input.shipmentId"), (fromShipped["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', Path(fromShipped))));

        var otherShipmentsLine = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = "x", lines = new[] { new { shipmentLineId = notDelivered.LineId, quantity = 1 } } } }, support), "requestReturn");
        Assert.Equal(("NOT_FOUND", "input.lines.0.shipmentLineId"), (otherShipmentsLine["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', Path(otherShipmentsLine))));

        Assert.Equal(0, (await ReturnableAsync(shipmentId, support)).Sum(l => l!["returned"]!.GetValue<int>()));
    }

    [Fact]
    public async Task StaleVersionsWrongStepsAndOtherRolesAreRefused()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync();
        var created = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = "错发 / wrong goods", lines = new[] { new { shipmentLineId = line["shipmentLineId"]!.GetValue<string>(), quantity = 1 } } } }, support), "requestReturn");
        var id = created["returnRequest"]!["id"]!.GetValue<string>();

        var early = Payload(await app.PostAsync(Step("receiveReturn"), new { input = new { returnRequestId = id } }, support), "receiveReturn");
        Assert.Equal(("INVALID_TRANSITION", "input.returnRequestId"), (early["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', Path(early))));

        var byRep = await app.PostAsync(Step("approveReturn"), new { input = new { returnRequestId = id } }, await app.TokenAsync("rep.east.1"));
        Assert.Contains("AUTH_NOT_AUTHORIZED", byRep.ErrorCodes);
        var byOtherManager = Payload(await app.PostAsync(Step("approveReturn"), new { input = new { returnRequestId = id } }, await app.TokenAsync("manager.north")), "approveReturn");
        Assert.Equal("NOT_FOUND", byOtherManager["errors"]![0]!["code"]!.GetValue<string>());

        var manager = await app.TokenAsync("manager.east");
        Assert.Empty(Payload(await app.PostAsync(Step("approveReturn"), new { input = new { returnRequestId = id, version = 1 } }, manager), "approveReturn")["errors"]!.AsArray());
        var stale = Payload(await app.PostAsync(Step("rejectReturn"), new { input = new { returnRequestId = id, version = 1, reason = "重复 / duplicate" } }, manager), "rejectReturn");
        Assert.Equal(("CONFLICT", "input.version"), (stale["errors"]![0]!["code"]!.GetValue<string>(), string.Join('.', Path(stale))));
        var late = Payload(await app.PostAsync(Step("rejectReturn"), new { input = new { returnRequestId = id, reason = "重复 / duplicate" } }, manager), "rejectReturn");
        Assert.Equal("INVALID_TRANSITION", late["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("APPROVED", (await app.PostAsync("query($id: ID!) { returnRequest(id: $id) { status } }", new { id }, support)).EnsureNoErrors().Data!["returnRequest"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task LessArrivingThanRequestedNeedsTheCarriersNoteAndCreditsOnlyWhatArrived()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync(minimum: 3);
        var unitPrice = ContractScenario.Price(line["unitPrice"]!);
        var created = Payload(await app.PostAsync(Request, new { input = new { shipmentId, reason = "客户多订 / over-ordered", lines = new[] { new { shipmentLineId = line["shipmentLineId"]!.GetValue<string>(), quantity = 3 } } } }, support), "requestReturn");
        var id = created["returnRequest"]!["id"]!.GetValue<string>();
        var returnLineId = created["returnRequest"]!["lines"]!["nodes"]![0]!["id"]!.GetValue<string>();
        Payload(await app.PostAsync(Step("approveReturn"), new { input = new { returnRequestId = id } }, await app.TokenAsync("manager.east")), "approveReturn");

        var withoutNote = Payload(await app.PostAsync(Step("receiveReturn"), new { input = new { returnRequestId = id, lines = new[] { new { returnLineId, receivedQuantity = 2 } } } }, support), "receiveReturn");
        Assert.Equal(["input", "carrierNote"], Path(withoutNote));
        var tooMany = Payload(await app.PostAsync(Step("receiveReturn"), new { input = new { returnRequestId = id, lines = new[] { new { returnLineId, receivedQuantity = 4 } } } }, support), "receiveReturn");
        Assert.Equal(["input", "lines", "0", "receivedQuantity"], Path(tooMany));
        var future = Payload(await app.PostAsync(Step("receiveReturn"), new { input = new { returnRequestId = id, receivedOn = app.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } }, support), "receiveReturn");
        Assert.Equal(["input", "receivedOn"], Path(future));

        var received = Payload(await app.PostAsync(Step("receiveReturn"),
            new { input = new { returnRequestId = id, carrierNote = "承运商少到1件，客户已确认 / carrier short by one, customer agreed", lines = new[] { new { returnLineId, receivedQuantity = 2 } } } }, support), "receiveReturn");
        Assert.Empty(received["errors"]!.AsArray());
        Assert.Equal(2 * unitPrice, ContractScenario.Price(received["returnRequest"]!["creditNote"]!["amount"]!));
        Assert.Equal(3 * unitPrice, ContractScenario.Price(received["returnRequest"]!["amount"]!));
    }

    [Fact]
    public async Task ReturnsRacingForTheSameDeliveredQuantityNeverBothCommit()
    {
        var support = await app.TokenAsync("support.east");
        var (shipmentId, line) = await FreshDeliveredShipmentAsync();
        var delivered = line["delivered"]!.GetValue<int>();
        var input = new { input = new { shipmentId, reason = "并发 / racing", lines = new[] { new { shipmentLineId = line["shipmentLineId"]!.GetValue<string>(), quantity = delivered } } } };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.PostAsync(Request, input, support)));

        var payloads = results.Select(r => Payload(r, "requestReturn")).ToList();
        Assert.Single(payloads, p => p["returnRequest"] is not null);
        // The losers either queued behind the winner and saw the quantity gone (SQLite) or lost the race on the shipment's token (PostgreSQL).
        Assert.All(payloads.Where(p => p["returnRequest"] is null), p => Assert.Contains(p["errors"]![0]!["code"]!.GetValue<string>(), LostRaceCodes));
        var left = await ReturnableAsync(shipmentId, support);
        Assert.Equal(delivered, left.First(l => l!["shipmentLineId"]!.GetValue<string>() == line["shipmentLineId"]!.GetValue<string>())!["returned"]!.GetValue<int>());
    }

    /// <summary>A delivered shipment of an east customer nothing has been returned from yet, and one of its lines.</summary>
    /// <summary>
    /// A delivered shipment nothing was returned from yet. Under a contract, when <paramref name="underContract"/>: only
    /// those returns count in the KPIs (an order without contract has no sales to net them from).
    /// </summary>
    private async Task<(string ShipmentId, JsonNode Line)> FreshDeliveredShipmentAsync(int minimum = 1, bool underContract = false)
    {
        var support = await app.TokenAsync("support.east");
        var shipments = (await app.PostAsync("{ shipments(first: 200, where: { status: { eq: DELIVERED } }) { nodes { id contract { id } } } }", null, support))
            .EnsureNoErrors().Data!["shipments"]!["nodes"]!.AsArray();
        for (var i = Interlocked.Increment(ref _used) * 7; i < shipments.Count; i++)
        {
            if (underContract && shipments[i]!["contract"] is null)
            {
                continue;
            }

            var id = shipments[i]!["id"]!.GetValue<string>();
            var lines = await ReturnableAsync(id, support);
            if (lines.All(l => l!["returned"]!.GetValue<int>() == 0) && lines.FirstOrDefault(l => l!["delivered"]!.GetValue<int>() >= minimum) is { } line)
            {
                Interlocked.Add(ref _used, 1);
                return (id, line);
            }
        }

        throw new InvalidOperationException("No fresh delivered shipment left in the demo data.");
    }

    private async Task<(string Id, string LineId)> ShipmentAsync(string status)
    {
        var support = await app.TokenAsync("support.east");
        var id = (await app.PostAsync($"{{ shipments(first: 1, where: {{ status: {{ eq: {status} }} }}) {{ nodes {{ id }} }} }}", null, support))
            .EnsureNoErrors().Data!["shipments"]!["nodes"]![0]!["id"]!.GetValue<string>();
        return (id, (await ReturnableAsync(id, support))[0]!["shipmentLineId"]!.GetValue<string>());
    }

    private async Task<JsonArray> ReturnableAsync(string shipmentId, string token) =>
        (await app.PostAsync(Returnable, new { id = shipmentId }, token)).EnsureNoErrors().Data!["returnableLines"]!.AsArray();

    private async Task<(decimal Sales, decimal Returns, decimal Net)> KpiAsync()
    {
        var row = (await app.PostAsync("query($p: KpiPeriodInput) { kpis(period: $p) { salesAmount returnsAmount netSalesAmount } }",
            new { p = new { year = app.Today.Year, month = app.Today.Month } }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["kpis"]![0]!;
        return (ContractScenario.Price(row["salesAmount"]!), ContractScenario.Price(row["returnsAmount"]!), ContractScenario.Price(row["netSalesAmount"]!));
    }

    private async Task<decimal> OpenReceivablesAsync(string customerId) =>
        ContractScenario.Price((await app.PostAsync("query($id: ID!) { customer(id: $id) { openReceivables } }", new { id = customerId }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!["openReceivables"]!);

    private static IEnumerable<string> Path(JsonNode payload) => payload["errors"]![0]!["path"]!.AsArray().Select(p => p!.ToString());

    private static JsonNode Payload(GraphQLResponse response, string field) => response.EnsureNoErrors().Data![field]!;
}
