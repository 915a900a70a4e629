using System.Globalization;

namespace SalesGraph.Planning;

/// <summary>One product's open quantities requested for one ISO week, with the order lines behind them.</summary>
public sealed record StockingPlanWeek(
    int ProductId, string ProductSku, string ProductName, string ProductLine, int IsoYear, int IsoWeek, DateOnly WeekStartsOn,
    IReadOnlyList<OpenOrderLine> Lines)
{
    /// <summary>The week as ISO 8601 writes it, e.g. <c>2026-W49</c>.</summary>
    public string Week => string.Create(CultureInfo.InvariantCulture, $"{IsoYear}-W{IsoWeek:D2}");

    public int OrderedQuantity => Lines.Sum(l => l.OrderedQuantity);

    public int ShippedQuantity => Lines.Sum(l => l.ShippedQuantity);

    public int OpenQuantity => Lines.Sum(l => l.OpenQuantity);
}

/// <summary>The production stocking plan (生产备货计划): open order lines grouped by product and ISO week of the requested delivery date.</summary>
public static class StockingPlan
{
    /// <summary>Groups <paramref name="lines"/> by ISO week (earliest first) and product (by SKU); lines keep their order by requested date.</summary>
    public static List<StockingPlanWeek> Arrange(IEnumerable<OpenOrderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines
            .GroupBy(l => (Year: ISOWeek.GetYear(l.RequestedOn.ToDateTime(TimeOnly.MinValue)), Week: ISOWeek.GetWeekOfYear(l.RequestedOn.ToDateTime(TimeOnly.MinValue)), l.ProductId))
            .Select(g =>
            {
                var first = g.First();
                return new StockingPlanWeek(
                    g.Key.ProductId, first.ProductSku, first.ProductName, first.ProductLine, g.Key.Year, g.Key.Week,
                    DateOnly.FromDateTime(ISOWeek.ToDateTime(g.Key.Year, g.Key.Week, DayOfWeek.Monday)),
                    [.. g.OrderBy(l => l.RequestedOn).ThenBy(l => l.OrderNumber, StringComparer.Ordinal).ThenBy(l => l.SalesOrderLineId)]);
            })
            .OrderBy(w => w.WeekStartsOn).ThenBy(w => w.ProductSku, StringComparer.Ordinal)
            .ToList();
    }
}
