using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Returns;

/// <summary>
/// What a return needs to know of the shipment it comes from, in one place: whose goods they were, the price they were
/// sold at, and how a return claims the shipment's quantities against concurrent returns.
/// </summary>
internal static class ShipmentTerms
{
    /// <summary>The customer the shipment delivered to.</summary>
    public static int CustomerOf(Shipment shipment) => shipment.Contract!.CustomerId;

    /// <summary>
    /// The agreed unit price of each line of <paramref name="shipment"/> (loaded with its lines and contract), by
    /// shipment line id: the contract's agreed price of the line's product.
    /// </summary>
    public static async Task<Dictionary<int, decimal>> UnitPricesAsync(SalesGraphDbContext db, Shipment shipment, CancellationToken ct)
    {
        var prices = await db.ContractLines.AsNoTracking().Where(l => l.ContractId == shipment.ContractId)
            .OrderBy(l => l.LineNo).Select(l => new { l.ProductId, l.AgreedUnitPrice }).ToListAsync(ct);
        return shipment.Lines.ToDictionary(l => l.Id, l => prices.FirstOrDefault(p => p.ProductId == l.ProductId)?.AgreedUnitPrice ?? 0m);
    }

    /// <summary>
    /// Claims the shipment for this write: bumps a concurrency token, so two returns of one shipment written concurrently
    /// cannot both commit (on PostgreSQL the loser gets CONFLICT; SQLite's BEGIN IMMEDIATE queues them).
    /// </summary>
    public static void Claim(Shipment shipment) => shipment.Contract!.Version++;

    /// <summary>Loads what the rules above read.</summary>
    public static IQueryable<Shipment> WithTerms(IQueryable<Shipment> shipments) => shipments.Include(s => s.Lines).Include(s => s.Contract);
}
