namespace SalesGraph.Data.Entities;

/// <summary>A delivery notice (发货通知单) and its shipment tracking.</summary>
public sealed class Shipment : IHasId
{
    public int Id { get; set; }
    public required string NoticeNumber { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public required string Carrier { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? ShippedOn { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public ShipmentStatus Status { get; set; }
    public List<ShipmentLine> Lines { get; set; } = [];
}

public enum ShipmentStatus { Planned, Shipped, Delivered, Cancelled }
