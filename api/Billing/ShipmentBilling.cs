using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Billing;

/// <summary>
/// The one definition of what a shipment leaves to invoice (decision 029): once DELIVERED, its value (Σ quantity × the
/// agreed unit price, <see cref="Shipment.Amount"/>) less what returns not rejected take back (the received quantity
/// once received, the requested one before) less what invoices not void already bill (<see cref="Shipment.InvoicedAmount"/>),
/// never below 0; before delivery nothing.
/// </summary>
public static class ShipmentBilling
{
    /// <summary>The value returns not rejected take back of each shipment, in CNY (shipments without returns are absent).</summary>
    public static async Task<Dictionary<int, decimal>> ReturnedAsync(SalesGraphDbContext db, IReadOnlyCollection<int> shipmentIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        int[] ids = [.. shipmentIds];
        var lines = await db.ReturnLines.AsNoTracking()
            .Where(l => EF.Parameter(ids).Contains(l.ShipmentLine!.ShipmentId) && l.ReturnRequest!.Status != ReturnStatus.Rejected)
            .Select(l => new { l.ShipmentLine!.ShipmentId, Quantity = l.ReceivedQuantity ?? l.Quantity, l.UnitPrice })
            .ToListAsync(ct);
        return lines.GroupBy(l => l.ShipmentId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity * l.UnitPrice));
    }

    /// <summary>What is left to invoice of <paramref name="shipment"/>, given what its returns take back.</summary>
    public static decimal Invoiceable(Shipment shipment, decimal returned)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return shipment.Status == ShipmentStatus.Delivered ? Math.Max(0, shipment.Amount - returned - shipment.InvoicedAmount) : 0;
    }

    /// <summary>The invoiceable amount of each of <paramref name="shipmentIds"/> (for the <c>Shipment.invoiceableAmount</c> field).</summary>
    public static async Task<Dictionary<int, decimal>> InvoiceableAsync(SalesGraphDbContext db, int[] shipmentIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shipments = await db.Shipments.AsNoTracking().Where(s => EF.Parameter(shipmentIds).Contains(s.Id)).ToListAsync(ct);
        var returned = await ReturnedAsync(db, shipmentIds, ct);
        return shipments.ToDictionary(s => s.Id, s => Invoiceable(s, returned.GetValueOrDefault(s.Id)));
    }
}
