using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Orders;

/// <summary>Sales orders (订货单) through the API as the demo accounts take them: by contract, without one, confirmed, cancelled.</summary>
[Collection(SharedApp.Name)]
public sealed class SalesOrderTests(SalesGraphApp app)
{
    private const string OrderFields = "id number status amount isOverCredit isConfirmationLate version confirmedAt confirmedBy { name } contract { id } lines { nodes { id quantity unitPrice amount requestedOn } }";

    private const string Errors = "errors { __typename code message path }";

    private const string Create = $$"""
        mutation($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { salesOrder { {{OrderFields}} } {{Errors}} } }
        """;

    private static readonly string[] LostRaceCodes = ["VALIDATION", "CONFLICT"];

    private readonly ContractScenario _scenario = new(app);

    private static string Step(string name) => $$"""
        mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { salesOrder { {{OrderFields}} } {{Errors}} } }
        """;

    [Fact]
    public async Task ClerkRecordsADistributorsRepeatOrderAtListPriceAndTheConfirmation()
    {
        var support = await app.TokenAsync("support.east");
        var customerId = await _scenario.CustomerOfKindAsync(support, "DISTRIBUTOR");
        var (productId, listPrice) = await _scenario.ProductAsync(100m, 5_000m);
        var requestedOn = app.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var created = Payload(await app.PostAsync(Create, new { input = new { customerId, lines = new[] { new { productId, quantity = 12, requestedOn } } } }, support), "createSalesOrder");

        Assert.Empty(created["errors"]!.AsArray());
        var order = created["salesOrder"]!;
        Assert.StartsWith($"DD-{app.Today.Year}-", order["number"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("SUBMITTED", order["status"]!.GetValue<string>());
        Assert.Equal(12 * listPrice, ContractScenario.Price(order["amount"]!));
        Assert.Equal(listPrice, ContractScenario.Price(order["lines"]!["nodes"]![0]!["unitPrice"]!));
        Assert.Null(order["contract"]);
        Assert.False(order["isConfirmationLate"]!.GetValue<bool>());

        var id = order["id"]!.GetValue<string>();
        var confirmed = Payload(await app.PostAsync(Step("confirmSalesOrder"), new { input = new { salesOrderId = id, version = 1 } }, support), "confirmSalesOrder");
        Assert.Empty(confirmed["errors"]!.AsArray());
        Assert.Equal("CONFIRMED", confirmed["salesOrder"]!["status"]!.GetValue<string>());
        Assert.NotNull(confirmed["salesOrder"]!["confirmedAt"]);
        Assert.NotNull(confirmed["salesOrder"]!["confirmedBy"]!["name"]);
        Assert.False(confirmed["salesOrder"]!["isConfirmationLate"]!.GetValue<bool>());

        var again = Payload(await app.PostAsync(Step("confirmSalesOrder"), new { input = new { salesOrderId = id } }, support), "confirmSalesOrder");
        Assert.Equal("INVALID_TRANSITION", again["errors"]![0]!["code"]!.GetValue<string>());
        var stale = Payload(await app.PostAsync(Step("cancelSalesOrder"), new { input = new { salesOrderId = id, version = 1, reason = "客户取消" } }, support), "cancelSalesOrder");
        Assert.Equal("CONFLICT", stale["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "version"], stale["errors"]![0]!["path"]!.AsArray().Select(p => p!.ToString()));
        Assert.Equal("CONFIRMED", await StatusAsync(id, support));
    }

    [Fact]
    public async Task AnEnterpriseCustomerOrdersOnlyAgainstAContract()
    {
        var support = await app.TokenAsync("support.east");
        var customerId = await _scenario.CustomerOfKindAsync(support, "ENTERPRISE");
        var (productId, _) = await _scenario.ProductAsync(100m, 5_000m);

        var refused = Payload(await app.PostAsync(Create, new { input = new { customerId, lines = new[] { new { productId, quantity = 1, requestedOn = app.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } } } }, support), "createSalesOrder");

        Assert.Null(refused["salesOrder"]);
        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "contractId"], refused["errors"]![0]!["path"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public async Task OrdersDrawDownAnActiveContractAndNeverExceedItsQuantitiesUntilOneIsCancelled()
    {
        var contract = await ActiveContractAsync();
        var contractId = contract["id"]!.GetValue<string>();
        var customerId = contract["customer"]!["id"]!.GetValue<string>();
        var productId = contract["lines"]!["nodes"]![0]!["product"]!["id"]!.GetValue<string>();
        var agreed = ContractScenario.Price(contract["lines"]!["nodes"]![0]!["agreedUnitPrice"]!);
        var support = await app.TokenAsync("support.east");
        var requestedOn = app.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        object Input(int quantity) => new { input = new { customerId, contractId, lines = new[] { new { productId, quantity, requestedOn } } } };

        var first = Payload(await app.PostAsync(Create, Input(60), support), "createSalesOrder");
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(agreed, ContractScenario.Price(first["salesOrder"]!["lines"]!["nodes"]![0]!["unitPrice"]!));
        Assert.Equal(contractId, first["salesOrder"]!["contract"]!["id"]!.GetValue<string>());

        var over = Payload(await app.PostAsync(Create, Input(41), support), "createSalesOrder");
        Assert.Null(over["salesOrder"]);
        Assert.Equal("VALIDATION", over["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "lines", "0", "quantity"], over["errors"]![0]!["path"]!.AsArray().Select(p => p!.ToString()));

        Assert.Empty(Payload(await app.PostAsync(Create, Input(40), support), "createSalesOrder")["errors"]!.AsArray());
        Assert.Equal("VALIDATION", Payload(await app.PostAsync(Create, Input(1), support), "createSalesOrder")["errors"]![0]!["code"]!.GetValue<string>());

        var cancelled = Payload(await app.PostAsync(Step("cancelSalesOrder"),
            new { input = new { salesOrderId = first["salesOrder"]!["id"]!.GetValue<string>(), reason = "客户改期 / customer postponed" } }, support), "cancelSalesOrder");
        Assert.Equal("CANCELLED", cancelled["salesOrder"]!["status"]!.GetValue<string>());
        Assert.Empty(Payload(await app.PostAsync(Create, Input(60), support), "createSalesOrder")["errors"]!.AsArray());

        var onContract = (await app.PostAsync("query($id: ID!) { contract(id: $id) { salesOrders { nodes { status lines { nodes { quantity } } } } } }",
            new { id = contractId }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!["salesOrders"]!["nodes"]!.AsArray();
        Assert.Equal(100, onContract.Where(o => o!["status"]!.GetValue<string>() != "CANCELLED")
            .Sum(o => o!["lines"]!["nodes"]!.AsArray().Sum(l => l!["quantity"]!.GetValue<int>())));
    }

    [Fact]
    public async Task TwoOrdersRacingForTheSameContractQuantityNeverBothCommit()
    {
        var contract = await ActiveContractAsync();
        var contractId = contract["id"]!.GetValue<string>();
        var customerId = contract["customer"]!["id"]!.GetValue<string>();
        var productId = contract["lines"]!["nodes"]![0]!["product"]!["id"]!.GetValue<string>();
        var support = await app.TokenAsync("support.east");
        var input = new { input = new { customerId, contractId, lines = new[] { new { productId, quantity = 60, requestedOn = app.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } } } };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.PostAsync(Create, input, support)));

        var payloads = results.Select(r => Payload(r, "createSalesOrder")).ToList();
        Assert.Single(payloads, p => p["salesOrder"] is not null);
        // The losers either queued behind the winner and saw the quantity gone (SQLite) or lost the contract's version (PostgreSQL).
        Assert.All(payloads.Where(p => p["salesOrder"] is null), p => Assert.Contains(p["errors"]![0]!["code"]!.GetValue<string>(), LostRaceCodes));
        var ordered = (await app.PostAsync("query($id: ID!) { contract(id: $id) { salesOrders { nodes { lines { nodes { quantity } } } } } }",
            new { id = contractId }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!["salesOrders"]!["nodes"]!.AsArray();
        Assert.Equal(60, ordered.Sum(o => o!["lines"]!["nodes"]!.AsArray().Sum(l => l!["quantity"]!.GetValue<int>())));
    }

    [Fact]
    public async Task AnErpRetryWithTheSameExternalIdReturnsTheFirstOrder()
    {
        var erp = await app.TokenAsync("erp");
        var customerId = await _scenario.CustomerOfKindAsync(await app.TokenAsync("director"), "AGENT");
        var (productId, _) = await _scenario.ProductAsync(100m, 5_000m);
        var input = new { input = new { customerId, externalId = "ERP-SO-4711", lines = new[] { new { productId, quantity = 3, requestedOn = app.Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } } } };

        var first = Payload(await app.PostAsync(Create, input, erp), "createSalesOrder")["salesOrder"]!["id"]!.GetValue<string>();
        var retry = Payload(await app.PostAsync(Create, input, erp), "createSalesOrder")["salesOrder"]!["id"]!.GetValue<string>();
        var readBack = (await app.PostAsync("{ salesOrderByExternalId(externalId: \"ERP-SO-4711\") { id } unknown: salesOrderByExternalId(externalId: \"nope\") { id } }", null, erp))
            .EnsureNoErrors().Data!;

        Assert.Equal(first, retry);
        Assert.Equal(first, readBack["salesOrderByExternalId"]!["id"]!.GetValue<string>());
        Assert.Null(readBack["unknown"]);
    }

    [Fact]
    public async Task OrdersFollowTheirCustomersRowScope()
    {
        var director = await app.TokenAsync("director");
        var orders = (await app.PostAsync("{ salesOrders(first: 1) { totalCount } }", null, director))
            .EnsureNoErrors().Data!["salesOrders"]!;
        Assert.True(orders["totalCount"]!.GetValue<int>() > 0, "the demo data holds sales orders");

        var rep = (await app.PostAsync("{ salesOrders(first: 500) { nodes { customer { id } } } }", null, await app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["salesOrders"]!["nodes"]!.AsArray();
        var own = (await app.PostAsync("{ customers(first: 500) { nodes { id } } }", null, await app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToHashSet();
        Assert.NotEmpty(rep);
        Assert.All(rep, o => Assert.Contains(o!["customer"]!["id"]!.GetValue<string>(), own));

        var northOrder = (await app.PostAsync("{ salesOrders(first: 1) { nodes { id } } }", null, await app.TokenAsync("rep.north.1")))
            .EnsureNoErrors().Data!["salesOrders"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var foreign = await app.PostAsync("query($id: ID!) { salesOrder(id: $id) { id } }", new { id = northOrder }, await app.TokenAsync("rep.east.1"));
        Assert.Equal(["NOT_FOUND"], foreign.ErrorCodes);
    }

    [Fact]
    public async Task TheLateConfirmationQueueHoldsOnlySubmittedOrdersPastTheirDueTime()
    {
        var support = await app.TokenAsync("support.east");
        var customerId = await _scenario.CustomerOfKindAsync(support, "DISTRIBUTOR");
        var (productId, _) = await _scenario.ProductAsync(100m, 5_000m);
        var fresh = Payload(await app.PostAsync(Create, new { input = new { customerId, lines = new[] { new { productId, quantity = 2, requestedOn = app.Today.AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } } } }, support), "createSalesOrder")
            ["salesOrder"]!["id"]!.GetValue<string>();

        var queue = (await app.PostAsync("{ lateConfirmations(first: 500) { nodes { id status isConfirmationLate } } }", null, support))
            .EnsureNoErrors().Data!["lateConfirmations"]!["nodes"]!.AsArray();

        Assert.DoesNotContain(queue, o => o!["id"]!.GetValue<string>() == fresh);
        Assert.All(queue, o => Assert.Equal(("SUBMITTED", true), (o!["status"]!.GetValue<string>(), o["isConfirmationLate"]!.GetValue<bool>())));
    }

    private async Task<JsonNode> ActiveContractAsync()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 1_000m);
        var id = draft["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(id, "rep.east.1", "rep.east.1");
        return (await app.PostAsync("query($id: ID!) { contract(id: $id) { id status customer { id } lines { nodes { quantity agreedUnitPrice product { id } } } } }",
            new { id }, await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!;
    }

    private async Task<string> StatusAsync(string id, string token) =>
        (await app.PostAsync("query($id: ID!) { salesOrder(id: $id) { status } }", new { id }, token))
            .EnsureNoErrors().Data!["salesOrder"]!["status"]!.GetValue<string>();

    private static JsonNode Payload(GraphQLResponse response, string field) => response.EnsureNoErrors().Data![field]!;
}
