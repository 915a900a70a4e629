namespace SalesGraph.Data.Entities;

/// <summary>A product and quantity on a delivery notice.</summary>
public sealed class ShipmentLine : IHasId
{
    public int Id { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }

    /// <summary>The order line it ships; null on a notice of a whole contract.</summary>
    public int? SalesOrderLineId { get; set; }

    public SalesOrderLine? SalesOrderLine { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Quantity { get; set; }

    /// <summary>The agreed unit price (the order line's or the contract line's), in CNY: what a return credits.</summary>
    public decimal UnitPrice { get; set; }
}
