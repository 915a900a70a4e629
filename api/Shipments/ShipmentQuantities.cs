using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Shipments;

/// <summary>
/// What a delivery notice holds of an order's quantities, written once for the notice checks, the order status and the
/// order lines' fields: a notice holds its quantities unless CANCELLED or REJECTED; goods count as shipped once it is
/// SHIPPED or DELIVERED.
/// </summary>
public static class ShipmentQuantities
{
    /// <summary>The notice holds its quantities (AWAITING_APPROVAL, PLANNED, SHIPPED, DELIVERED).</summary>
    public static readonly Expression<Func<Shipment, bool>> Holds = s => s.Status != ShipmentStatus.Cancelled && s.Status != ShipmentStatus.Rejected;

    /// <summary>The goods have left (SHIPPED, DELIVERED).</summary>
    public static readonly Expression<Func<Shipment, bool>> Left = s => s.Status == ShipmentStatus.Shipped || s.Status == ShipmentStatus.Delivered;

    /// <summary>Per order line: the quantity on notices that hold it.</summary>
    public static Task<Dictionary<int, int>> NoticedAsync(SalesGraphDbContext db, IReadOnlyCollection<int> orderLineIds, CancellationToken ct) =>
        SumAsync(db, orderLineIds, Holds, ct);

    /// <summary>Per order line: the quantity on notices whose goods have left.</summary>
    public static Task<Dictionary<int, int>> ShippedAsync(SalesGraphDbContext db, IReadOnlyCollection<int> orderLineIds, CancellationToken ct) =>
        SumAsync(db, orderLineIds, Left, ct);

    private static Task<Dictionary<int, int>> SumAsync(
        SalesGraphDbContext db, IReadOnlyCollection<int> orderLineIds, Expression<Func<Shipment, bool>> which, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        int[] ids = [.. orderLineIds];
        return db.Shipments.AsNoTracking().Where(which).SelectMany(s => s.Lines)
            .Where(l => l.SalesOrderLineId != null && EF.Parameter(ids).Contains(l.SalesOrderLineId.Value))
            .GroupBy(l => l.SalesOrderLineId!.Value)
            .Select(g => new { Line = g.Key, Quantity = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => g.Line, g => g.Quantity, ct);
    }
}
