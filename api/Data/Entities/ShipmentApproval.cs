namespace SalesGraph.Data.Entities;

/// <summary>One approval given to a delivery notice: who, in which capacity, when.</summary>
public sealed class ShipmentApproval : IHasId
{
    public int Id { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }
    public DeliveryNoticeSignOff SignOff { get; set; }
    public int? ApprovedById { get; set; }
    public Staff? ApprovedBy { get; set; }
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}

/// <summary>One approval given to a delivery notice.</summary>
public enum DeliveryNoticeSignOff
{
    /// <summary>Finance (财务): payment and credit.</summary>
    Finance,

    /// <summary>Sales management: the region's manager, or the director in its place.</summary>
    Sales,

    /// <summary>The director, for unpaid goods above the configured amount.</summary>
    Director,
}
