using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Shipments;

/// <summary>The <c>shipments</c> and <c>shipment(id:)</c> root fields.</summary>
public sealed class ShipmentQueries() : EntityQueries<Shipment, ShipmentGraphType>(
    "Shipment", "shipments", "shipment", "Shipments of the contracts in the caller's scope.");
