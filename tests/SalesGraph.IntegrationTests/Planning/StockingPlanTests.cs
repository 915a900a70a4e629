using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Planning;

/// <summary>
/// The production stocking plan (生产备货计划) through the API and its CSV: open order quantities by product and week,
/// customer names and dates, never contact data; read by the desk, managers, the director and a production-planning
/// integration holding production:read, and by nobody else.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class StockingPlanTests(SalesGraphApp app)
{
    private const string Plan = """
        query($from: DateOnly, $to: DateOnly, $productId: ID) {
          stockingPlan(from: $from, to: $to, productId: $productId) {
            week weekStartsOn productSku orderedQuantity shippedQuantity openQuantity
            lines { orderNumber orderStatus customerCode customerName requestedOn orderedQuantity openQuantity }
          }
        }
        """;

    private readonly ContractScenario _scenario = new(app);

    [Fact]
    public async Task ConfirmedOrdersShowByWeekForTheDeskManagersDirectorAndPlanningButSubmittedOnesDoNot()
    {
        var (day, productId, customer, confirmed, submitted) = await TwoOrdersAsync(daysAhead: 720);

        foreach (var account in new[] { "support.east", "manager.east", "director", "planning" })
        {
            var plan = (await app.PostAsync(Plan, new { from = Iso(day), to = Iso(day), productId }, await app.TokenAsync(account)))
                .EnsureNoErrors().Data!["stockingPlan"]!.AsArray();

            var week = Assert.Single(plan)!;
            Assert.Equal(ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)), int.Parse(week["week"]!.GetValue<string>()[^2..], CultureInfo.InvariantCulture));
            Assert.Equal((12, 0, 12), (week["orderedQuantity"]!.GetValue<int>(), week["shippedQuantity"]!.GetValue<int>(), week["openQuantity"]!.GetValue<int>()));
            var line = Assert.Single(week["lines"]!.AsArray())!;
            Assert.Equal((confirmed, "CONFIRMED", customer["name"]!.GetValue<string>(), Iso(day)),
                (line["orderNumber"]!.GetValue<string>(), line["orderStatus"]!.GetValue<string>(), line["customerName"]!.GetValue<string>(), line["requestedOn"]!.GetValue<string>()));
            Assert.DoesNotContain(submitted, week.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WhatLeftOnADeliveryNoticeIsNoLongerOpenButANoticeNotYetShippedStillIs()
    {
        var (day, productId, _, confirmed, _) = await TwoOrdersAsync(daysAhead: 723);
        var support = await app.TokenAsync("support.east");
        var order = (await app.PostAsync("{ salesOrders(first: 1, where: { number: { eq: \"" + confirmed + "\" } }) { nodes { id lines { nodes { id } } } } }", null, support))
            .EnsureNoErrors().Data!["salesOrders"]!["nodes"]![0]!;
        const string Notice = "mutation($input: CreateDeliveryNoticeInput!) { createDeliveryNotice(input: $input) { shipment { id version status } errors { code message } } }";
        var notice = (await app.PostAsync(Notice, new { input = new { salesOrderId = order["id"]!.GetValue<string>(), lines = new[] { new { salesOrderLineId = order["lines"]!["nodes"]![0]!["id"]!.GetValue<string>(), quantity = 5 } } } }, support))
            .EnsureNoErrors().Data!["createDeliveryNotice"]!["shipment"]!;
        var shipmentId = notice["id"]!.GetValue<string>();
        Assert.Equal(12, await OpenAsync());

        const string Approve = "mutation($input: ApproveDeliveryNoticeInput!) { approveDeliveryNotice(input: $input) { shipment { status } errors { code message } } }";
        foreach (var approver in new[] { "finance", "manager.east" })
        {
            (await app.PostAsync(Approve, new { input = new { shipmentId } }, await app.TokenAsync(approver))).EnsureNoErrors();
        }

        var shipped = (await app.PostAsync("mutation($input: MarkShippedInput!) { markShipped(input: $input) { shipment { status } errors { code message } } }",
            new { input = new { shipmentId } }, support)).EnsureNoErrors().Data!["markShipped"]!;
        Assert.Equal("SHIPPED", shipped["shipment"]!["status"]!.GetValue<string>());
        Assert.Equal(7, await OpenAsync());

        async Task<int> OpenAsync() =>
            (await app.PostAsync(Plan, new { from = Iso(day), to = Iso(day), productId }, support)).EnsureNoErrors().Data!["stockingPlan"]![0]!["openQuantity"]!.GetValue<int>();
    }

    [Fact]
    public async Task ServiceAccountsWithoutTheProductionGrantAndOtherRolesAreDenied()
    {
        foreach (var account in new[] { "erp", "bi", "rep.east.1", "finance", "admin" })
        {
            var response = await app.PostAsync("{ stockingPlan { week } }", null, await app.TokenAsync(account));

            Assert.Equal(200, response.Status);
            Assert.Null(response.Data!["stockingPlan"]);
            var error = Assert.Single(response.Errors)!;
            Assert.Equal("AUTH_NOT_AUTHORIZED", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal(["stockingPlan"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task MeTellsEachServiceAccountWhetherItReadsThePlan()
    {
        foreach (var (account, access) in new[] { ("planning", "ALLOW"), ("erp", "DENY") })
        {
            var fields = (await app.PostAsync("{ me { fields { type field access } } }", null, await app.TokenAsync(account)))
                .EnsureNoErrors().Data!["me"]!["fields"]!.AsArray();
            Assert.Equal(access, fields.Single(f => f!["type"]!.GetValue<string>() == "Query" && f["field"]!.GetValue<string>() == "stockingPlan")!["access"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task TheCsvCarriesTheSameLinesWithCustomerNamesAndNoContactData()
    {
        var (day, productId, customer, confirmed, submitted) = await TwoOrdersAsync(daysAhead: 721);

        var response = await GetCsvAsync($"?from={Iso(day)}&to={Iso(day)}&productId={Uri.EscapeDataString(productId)}", await app.TokenAsync("planning"));
        var bytes = response.Body;
        var csv = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("week,week_starts_on,sku,product,product_line,order_number,order_status,customer_code,customer,requested_on,confirmed_at,ordered,shipped,open", rows[0]);
        var row = Assert.Single(rows[1..]);
        Assert.Contains($",{confirmed},CONFIRMED,", row, StringComparison.Ordinal);
        Assert.Contains(customer["name"]!.GetValue<string>(), row, StringComparison.Ordinal);
        Assert.EndsWith(",12,0,12", row, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted, csv, StringComparison.Ordinal);
        foreach (var contact in new[] { "mobile", "address", "contactPerson" })
        {
            Assert.DoesNotContain(customer[contact]!.GetValue<string>(), csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCsvAnswersOnlyWhomTheQueryAnswers()
    {
        var anonymous = await GetCsvAsync("", token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(["Bearer"], anonymous.Challenges);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous.Text, StringComparison.Ordinal);

        foreach (var account in new[] { "erp", "rep.east.1" })
        {
            var denied = await GetCsvAsync("", await app.TokenAsync(account));
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains("AUTH_NOT_AUTHORIZED", denied.Text, StringComparison.Ordinal);
        }

        var badDate = await GetCsvAsync("?from=next-week", await app.TokenAsync("support.east"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("BAD_REQUEST", badDate.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClerkSeesOnlyHerRegionsCustomersInThePlan()
    {
        var (day, productId, _, confirmed, _) = await TwoOrdersAsync(daysAhead: 722);

        var north = (await app.PostAsync(Plan, new { from = Iso(day), to = Iso(day), productId }, await app.TokenAsync("support.north")))
            .EnsureNoErrors().Data!["stockingPlan"]!.ToJsonString();

        Assert.DoesNotContain(confirmed, north, StringComparison.Ordinal);
    }

    /// <summary>Two orders of an east distributor for one day far ahead: one confirmed (12 units), one still submitted.</summary>
    private async Task<(DateOnly Day, string ProductId, JsonNode Customer, string Confirmed, string Submitted)> TwoOrdersAsync(int daysAhead)
    {
        var support = await app.TokenAsync("support.east");
        var customer = (await app.PostAsync("{ customers(first: 1, where: { kind: { eq: DISTRIBUTOR } }) { nodes { id name mobile address contactPerson } } }", null, support))
            .EnsureNoErrors().Data!["customers"]!["nodes"]![0]!;
        var (productId, _) = await _scenario.ProductAsync(100m, 5_000m);
        var day = app.Today.AddDays(daysAhead);
        const string Create = "mutation($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { salesOrder { id number } errors { code message } } }";
        async Task<JsonNode> OrderAsync(int quantity) =>
            (await app.PostAsync(Create, new { input = new { customerId = customer["id"]!.GetValue<string>(), lines = new[] { new { productId, quantity, requestedOn = Iso(day) } } } }, support))
                .EnsureNoErrors().Data!["createSalesOrder"]!["salesOrder"]!;

        var confirmed = await OrderAsync(12);
        var submitted = await OrderAsync(5);
        (await app.PostAsync("mutation($input: ConfirmSalesOrderInput!) { confirmSalesOrder(input: $input) { errors { code } } }",
            new { input = new { salesOrderId = confirmed["id"]!.GetValue<string>() } }, support)).EnsureNoErrors();
        return (day, productId, customer, confirmed["number"]!.GetValue<string>(), submitted["number"]!.GetValue<string>());
    }

    private async Task<CsvResponse> GetCsvAsync(string query, string? token)
    {
        using var client = app.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.GetAsync(new Uri("/planning/stocking-plan.csv" + query, UriKind.Relative));
        return new CsvResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, [.. response.Headers.WwwAuthenticate.Select(h => h.Scheme)], await response.Content.ReadAsByteArrayAsync());
    }

    private sealed record CsvResponse(HttpStatusCode StatusCode, string? MediaType, IReadOnlyList<string> Challenges, byte[] Body)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
