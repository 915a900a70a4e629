using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Returns;

/// <summary>
/// The one definition of what a shipment line has left to return: delivered quantity less the quantities of the returns
/// of that line that were not rejected (requested, approved or received).
/// </summary>
public static class ReturnQuantities
{
    /// <summary>Quantities taken by returns not rejected, per shipment line (lines without any are absent).</summary>
    public static async Task<Dictionary<int, int>> TakenAsync(SalesGraphDbContext db, IReadOnlyCollection<int> shipmentLineIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        int[] ids = [.. shipmentLineIds];
        return await db.ReturnLines.AsNoTracking()
            .Where(l => ids.Contains(l.ShipmentLineId) && l.ReturnRequest!.Status != ReturnStatus.Rejected)
            .GroupBy(l => l.ShipmentLineId)
            .Select(g => new { g.Key, Quantity = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Quantity, ct);
    }
}
