namespace SalesGraph.Data.Entities;

/// <summary>One shipment line's goods on a return: the quantity requested back and, once received, what arrived.</summary>
public sealed class ReturnLine : IHasId
{
    public int Id { get; set; }
    public int ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }
    public int LineNo { get; set; }
    public int ShipmentLineId { get; set; }
    public ShipmentLine? ShipmentLine { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Quantity { get; set; }

    /// <summary>The quantity booked back into the warehouse (≤ <see cref="Quantity"/>); null until received.</summary>
    public int? ReceivedQuantity { get; set; }

    /// <summary>The unit price the goods were sold at, in CNY: what each unit received credits.</summary>
    public decimal UnitPrice { get; set; }
}
