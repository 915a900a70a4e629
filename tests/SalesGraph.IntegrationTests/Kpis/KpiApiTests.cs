using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Kpis;

[Collection(SharedApp.Name)]
public sealed class KpiApiTests(SalesGraphApp app)
{
    private const string Kpis = """
        query Kpis($groupBy: [KpiDimension!], $where: KpiFilterInput, $period: KpiPeriodInput) {
          kpis(groupBy: $groupBy, where: $where, period: $period) {
            region { code } staff { name } month quarter productLine customerGrade
            salesAmount contractCount listTotal target achievementRate collectedAmount receivablesDue collectionRate
            overdueReceivables newCustomers customersAtStart newCustomerRate averageDiscountRate shipmentCount onTimeShipments
            onTimeShipmentRate
          }
        }
        """;

    /// <summary>Amounts that are flows over time: their rows add up over every key, months included.</summary>
    private static readonly string[] Flows =
        ["salesAmount", "contractCount", "listTotal", "target", "collectedAmount", "receivablesDue", "newCustomers", "shipmentCount", "onTimeShipments"];

    [Theory]
    [InlineData("director")]
    [InlineData("manager.east")]
    [InlineData("rep.east.1")]
    [InlineData("finance")]
    public async Task EveryKpiTotalEqualsTheSumOverTheRowsTheCallerSees(string user)
    {
        var token = await app.TokenAsync(user);
        var total = Single(await RowsAsync(token, []));
        Assert.True(Number(total, "salesAmount") > 0, $"{user} should see some sales this year");
        foreach (var groupBy in new[] { new[] { "REGION" }, ["STAFF"], ["CUSTOMER_GRADE"], ["REGION", "STAFF", "CUSTOMER_GRADE"] })
        {
            var rows = await RowsAsync(token, groupBy);
            foreach (var field in Flows.Append("overdueReceivables"))
            {
                if (field == "target" && groupBy.Contains("CUSTOMER_GRADE"))
                {
                    continue;
                }

                Assert.True(Number(total, field) == rows.Sum(r => Number(r, field)), $"{user}: {field} total ≠ Σ rows by {string.Join(",", groupBy)}");
            }
        }

        foreach (var groupBy in new[] { new[] { "MONTH" }, ["QUARTER"], ["REGION", "MONTH"] })
        {
            var rows = await RowsAsync(token, groupBy);
            foreach (var field in Flows)
            {
                Assert.True(Number(total, field) == rows.Sum(r => Number(r, field)), $"{user}: {field} total ≠ Σ rows by {string.Join(",", groupBy)}");
            }
        }

        var byLine = await RowsAsync(token, ["PRODUCT_LINE"]);
        Assert.Equal(Number(total, "salesAmount"), byLine.Sum(r => Number(r, "salesAmount")));
        Assert.All(byLine, r => Assert.Null(r["collectedAmount"]));
    }

    [Fact]
    public async Task RatesAreComputedFromTheRowsSumsNotAveraged()
    {
        var total = Single(await RowsAsync(await app.TokenAsync("director"), []));
        Assert.Equal(Math.Round(Number(total, "salesAmount") / Number(total, "target"), 4), Number(total, "achievementRate"));
        Assert.Equal(Math.Round(Number(total, "collectedAmount") / Number(total, "receivablesDue"), 4), Number(total, "collectionRate"));
        Assert.Equal(Math.Round((Number(total, "listTotal") - Number(total, "salesAmount")) / Number(total, "listTotal"), 4), Number(total, "averageDiscountRate"));
        Assert.Equal(Math.Round(Number(total, "newCustomers") / Number(total, "customersAtStart"), 4), Number(total, "newCustomerRate"));
        Assert.Equal(Math.Round(Number(total, "onTimeShipments") / Number(total, "shipmentCount"), 4), Number(total, "onTimeShipmentRate"));
    }

    [Fact]
    public async Task ManagerSeesItsOwnRegionsNumbersAndNoOtherRegions()
    {
        var director = await RowsAsync(await app.TokenAsync("director"), ["REGION"]);
        Assert.True(director.Count >= 4, "the director sees every 大区");
        var manager = await app.TokenAsync("manager.east");
        var rows = await RowsAsync(manager, ["REGION"]);
        var east = Assert.Single(rows);
        Assert.Equal("EAST", east["region"]!["code"]!.GetValue<string>());
        var directorsEast = director.Single(r => r["region"]!["code"]!.GetValue<string>() == "EAST");
        foreach (var field in Flows.Append("overdueReceivables"))
        {
            Assert.Equal(Number(directorsEast, field), Number(east, field));
        }

        var northId = await RegionIdAsync("NORTH");
        var north = await RowsAsync(manager, [], new { regionId = northId });
        Assert.All(north, r => Assert.Equal(0m, Number(r, "salesAmount")));
    }

    [Fact]
    public async Task RepSeesOnlyItsOwnNumbers()
    {
        var rows = await RowsAsync(await app.TokenAsync("rep.east.1"), ["STAFF"]);
        var me = (await app.PostAsync("{ me { staff { name } } }", null, await app.TokenAsync("rep.east.1"))).EnsureNoErrors();
        var row = Assert.Single(rows);
        Assert.Equal(me.Data!["me"]!["staff"]!["name"]!.GetValue<string>(), row["staff"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("director", true)]
    [InlineData("finance", true)]
    [InlineData("manager.east", false)]
    [InlineData("rep.east.1", false)]
    [InlineData("bi", false)]
    public async Task GrossMarginIsForDirectorAndFinanceOnly(string user, bool allowed)
    {
        var response = await app.PostAsync("{ kpis(groupBy: [REGION]) { salesAmount grossMargin } }", null, await app.TokenAsync(user));
        var rows = response.Data!["kpis"]!.AsArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r!["salesAmount"] is not null));
        if (allowed)
        {
            response.EnsureNoErrors();
            Assert.All(rows, r => Assert.InRange(Number(r!, "grossMargin"), 0.05m, 0.6m));
        }
        else
        {
            Assert.All(rows, r => Assert.Null(r!["grossMargin"]));
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task PeriodNarrowsToAQuarterOrAMonthAndRejectsImpossibleOnes()
    {
        var token = await app.TokenAsync("director");
        var year = app.Today.Year;
        var byMonth = await RowsAsync(token, ["MONTH"], period: new { year });
        var march = Single(await RowsAsync(token, [], period: new { year, month = 3 }));
        Assert.Equal(Number(byMonth.Single(r => r["month"]!.GetValue<int>() == 3), "salesAmount"), Number(march, "salesAmount"));
        var q1 = Single(await RowsAsync(token, [], period: new { year, quarter = 1 }));
        Assert.Equal(byMonth.Where(r => r["month"]!.GetValue<int>() <= 3).Sum(r => Number(r, "salesAmount")), Number(q1, "salesAmount"));

        var wrong = await app.PostAsync(Kpis, new { period = new { year, quarter = 1, month = 5 } }, token);
        Assert.Equal(["VALIDATION"], wrong.ErrorCodes);
    }

    [Theory]
    [InlineData("director")]
    [InlineData("manager.east")]
    [InlineData("rep.east.1")]
    [InlineData("finance")]
    public async Task EachRolesDsoTotalIsWhatItsOwnRowsGiveAndItsReceivablesAreTheAgingsOpenAmount(string user)
    {
        const string Dso = """
            query Dso($groupBy: [KpiDimension!], $period: KpiPeriodInput) {
              kpis(groupBy: $groupBy, period: $period) { month invoicedAmount receivablesOutstanding daysInPeriod daysSalesOutstanding }
            }
            """;
        var token = await app.TokenAsync(user);
        async Task<List<JsonObject>> Rows(string[] groupBy, object? period = null) =>
            [.. (await app.PostAsync(Dso, new { groupBy, period }, token)).EnsureNoErrors().Data!["kpis"]!.AsArray().Select(r => r!.AsObject())];
        static decimal? Expected(decimal receivables, decimal invoiced, int days) =>
            invoiced == 0 ? null : decimal.Round(receivables / invoiced * days, 1, MidpointRounding.AwayFromZero);

        var today = app.Today;
        var lastMonth = today.AddMonths(-1);
        foreach (var period in new object?[] { null, new { year = lastMonth.Year, month = lastMonth.Month } })
        {
            var total = Single(await Rows([], period));
            Assert.True(Number(total, "invoicedAmount") > 0, $"{user} billed something");
            var days = total["daysInPeriod"]!.GetValue<int>();
            Assert.Equal(
                period is null ? today.DayNumber - new DateOnly(today.Year, 1, 1).DayNumber + 1 : DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month),
                days);
            Assert.Equal(Expected(Number(total, "receivablesOutstanding"), Number(total, "invoicedAmount"), days), total["daysSalesOutstanding"]?.GetValue<decimal>());
            foreach (var groupBy in new[] { new[] { "REGION" }, ["SUB_REGION"], ["STAFF"], ["CUSTOMER_GRADE"] })
            {
                var rows = await Rows(groupBy, period);
                Assert.True(Number(total, "invoicedAmount") == rows.Sum(r => Number(r, "invoicedAmount")), $"{user}: billed ≠ Σ rows by {groupBy[0]}");
                Assert.True(Number(total, "receivablesOutstanding") == rows.Sum(r => Number(r, "receivablesOutstanding")), $"{user}: receivables ≠ Σ rows by {groupBy[0]}");
                Assert.All(rows, r => Assert.Equal(Expected(Number(r, "receivablesOutstanding"), Number(r, "invoicedAmount"), days), r["daysSalesOutstanding"]?.GetValue<decimal>()));
            }
        }

        // By month, each month's DSO counts its own days, to its end or to today.
        var months = (await Rows(["MONTH"], new { year = today.Year })).Where(r => r["month"]!.GetValue<int>() <= today.Month).ToList();
        Assert.NotEmpty(months);
        Assert.All(months, r =>
        {
            var month = r["month"]!.GetValue<int>();
            var expectedDays = month == today.Month ? today.Day : DateTime.DaysInMonth(today.Year, month);
            Assert.Equal(expectedDays, r["daysInPeriod"]?.GetValue<int>());
        });

        // The receivables outstanding today are the aging's open amount.
        var aging = (await app.PostAsync("{ receivablesAging { open } }", null, token)).EnsureNoErrors().Data!["receivablesAging"]!.AsArray();
        Assert.Equal(aging.Sum(r => Number(r!, "open")), Number(Single(await Rows([])), "receivablesOutstanding"));
    }

    [Theory]
    [InlineData("director")]
    [InlineData("manager.east")]
    [InlineData("rep.east.1")]
    public async Task AgingOverdueAddsUpToTheKpiOverdueBalanceOfToday(string user)
    {
        var token = await app.TokenAsync(user);
        var total = Single(await RowsAsync(token, []));
        var aging = (await app.PostAsync(
            "{ receivablesAging(groupBy: [REGION, STAFF]) { region { code } days0To30 days31To60 days61To90 over90Days overdue } }", null, token)).EnsureNoErrors();
        var rows = aging.Data!["receivablesAging"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(Number(total, "overdueReceivables"), rows.Sum(r => Number(r, "overdue")));
        Assert.All(rows, r => Assert.Equal(
            Number(r, "overdue"), Number(r, "days0To30") + Number(r, "days31To60") + Number(r, "days61To90") + Number(r, "over90Days")));
        if (user != "director")
        {
            Assert.All(rows, r => Assert.Equal("EAST", r["region"]!["code"]!.GetValue<string>()));
        }
    }

    private async Task<List<JsonObject>> RowsAsync(string token, string[] groupBy, object? where = null, object? period = null)
    {
        var response = (await app.PostAsync(Kpis, new { groupBy, where, period }, token)).EnsureNoErrors();
        return [.. response.Data!["kpis"]!.AsArray().Select(r => r!.AsObject())];
    }

    private async Task<string> RegionIdAsync(string code)
    {
        var response = (await app.PostAsync("{ regions(first: 100) { nodes { id code } } }", null, await app.TokenAsync("director"))).EnsureNoErrors();
        return response.Data!["regions"]!["nodes"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<string>();
    }

    private static JsonObject Single(List<JsonObject> rows) => Assert.Single(rows);

    private static decimal Number(JsonNode row, string field) => row[field] is { } value ? value.GetValue<decimal>() : 0m;
}
