namespace SalesGraph.Data.Entities;

/// <summary>
/// What an invoice bills of one delivered shipment: the invoice's amount is spread over the shipments it names, each at
/// most what was invoiceable of it (<see cref="Shipment.InvoicedAmount"/> keeps the sum over invoices not void).
/// </summary>
public sealed class InvoiceShipment : IHasId
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public Invoice? Invoice { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }

    /// <summary>The part of the invoice's amount billing this shipment, in CNY.</summary>
    public decimal Amount { get; set; }
}
