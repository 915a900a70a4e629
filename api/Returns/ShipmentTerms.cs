using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;

namespace SalesGraph.Returns;

/// <summary>
/// What a return needs to know of the shipment it comes from, in one place: whose goods they were, the price they were
/// sold at, and how a return claims the shipment's quantities against concurrent returns.
/// </summary>
internal static class ShipmentTerms
{
    /// <summary>The customer the shipment delivered to.</summary>
    public static int CustomerOf(Shipment shipment) => shipment.CustomerId;

    /// <summary>The agreed unit price of each line of <paramref name="shipment"/> (loaded with its lines), by shipment line id.</summary>
    public static Dictionary<int, decimal> UnitPrices(Shipment shipment) => shipment.Lines.ToDictionary(l => l.Id, l => l.UnitPrice);

    /// <summary>
    /// Claims the shipment for this write: bumps its version (a concurrency token), so two returns of one shipment written
    /// concurrently cannot both commit (on PostgreSQL the loser gets CONFLICT; SQLite's BEGIN IMMEDIATE queues them).
    /// </summary>
    public static void Claim(Shipment shipment) => shipment.Version++;

    /// <summary>Loads what the rules above read.</summary>
    public static IQueryable<Shipment> WithTerms(IQueryable<Shipment> shipments) => shipments.Include(s => s.Lines);
}
