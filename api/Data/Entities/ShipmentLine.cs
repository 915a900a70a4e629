namespace SalesGraph.Data.Entities;

/// <summary>A product and quantity on a delivery notice.</summary>
public sealed class ShipmentLine : IHasId
{
    public int Id { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Quantity { get; set; }
}
