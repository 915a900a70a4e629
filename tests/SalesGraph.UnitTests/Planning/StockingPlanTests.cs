using SalesGraph.Data.Entities;
using SalesGraph.Planning;

namespace SalesGraph.UnitTests.Planning;

/// <summary>The stocking plan groups open order lines by product and ISO week and writes them as CSV without contact data.</summary>
public sealed class StockingPlanTests
{
    [Fact]
    public void LinesAreGroupedByIsoWeekOfTheRequestedDateAndByProduct()
    {
        var plan = StockingPlan.Arrange(
        [
            Line(1, "P-2", new DateOnly(2027, 1, 4), ordered: 5),    // Monday: 2027-W01
            Line(2, "P-1", new DateOnly(2026, 12, 31), ordered: 10), // Thursday: 2026-W53
            Line(3, "P-1", new DateOnly(2027, 1, 3), ordered: 7, shipped: 2), // Sunday: still 2026-W53
            Line(4, "P-1", new DateOnly(2027, 1, 10), ordered: 1),   // Sunday: 2027-W01
        ]);

        Assert.Equal(["2026-W53 P-1", "2027-W01 P-1", "2027-W01 P-2"], plan.Select(w => $"{w.Week} {w.ProductSku}"));
        var first = plan[0];
        Assert.Equal(new DateOnly(2026, 12, 28), first.WeekStartsOn);
        Assert.Equal((17, 2, 15), (first.OrderedQuantity, first.ShippedQuantity, first.OpenQuantity));
        Assert.Equal([new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 3)], first.Lines.Select(l => l.RequestedOn));
        Assert.Equal(new DateOnly(2027, 1, 4), plan[1].WeekStartsOn);
    }

    [Fact]
    public void TheCsvHasOneRowPerOpenLineAndNoContactColumn()
    {
        var csv = StockingPlanCsvEndpoint.Write(StockingPlan.Arrange([Line(1, "P-1", new DateOnly(2026, 12, 9), ordered: 12, shipped: 4)]));

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StockingPlanCsvEndpoint.Header, rows[0]);
        Assert.Equal("2026-W50,2026-12-07,P-1,阀门 DN50,Valves,DD-2026-000001,PARTLY_SHIPPED,C-0001,华东机械有限公司,2026-12-09,2026-12-01T02:00:00Z,12,4,8", rows[1]);
        Assert.Equal(2, rows.Length);
        foreach (var contact in new[] { "mobile", "phone", "address", "contact" })
        {
            Assert.DoesNotContain(contact, rows[0], StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void CsvCellsAreQuotedAndFormulasDefused()
    {
        var line = Line(1, "P-1", new DateOnly(2026, 12, 9), ordered: 1) with { CustomerName = "=HYPERLINK(\"x\"),Ltd" };

        var csv = StockingPlanCsvEndpoint.Write(StockingPlan.Arrange([line]));

        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\"),Ltd\",", csv, StringComparison.Ordinal);
    }

    private static OpenOrderLine Line(int id, string sku, DateOnly requestedOn, int ordered, int shipped = 0) => new()
    {
        SalesOrderLineId = id,
        OrderNumber = $"DD-2026-{id:D6}",
        OrderStatus = shipped > 0 ? SalesOrderStatus.PartlyShipped : SalesOrderStatus.Confirmed,
        ConfirmedAt = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc),
        CustomerCode = "C-0001",
        CustomerName = "华东机械有限公司",
        ProductId = sku == "P-1" ? 1 : 2,
        ProductSku = sku,
        ProductName = "阀门 DN50",
        ProductLine = "Valves",
        RequestedOn = requestedOn,
        OrderedQuantity = ordered,
        ShippedQuantity = shipped,
    };
}
