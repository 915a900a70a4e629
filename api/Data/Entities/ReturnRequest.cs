using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A return (退货单) of goods from a delivered shipment: requested with a reason, approved or rejected by sales
/// management, then received back by the desk, which issues its <see cref="CreditNote"/>. Its rows are scoped through
/// its customer.
/// </summary>
public sealed class ReturnRequest : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int ShipmentId { get; set; }
    public Shipment? Shipment { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public ReturnStatus Status { get; set; }
    public required string Reason { get; set; }

    /// <summary>Σ requested quantity × unit price, in CNY.</summary>
    public decimal Amount { get; set; }

    public DateTime RequestedAt { get; set; }
    public int? RequestedById { get; set; }
    public Staff? RequestedBy { get; set; }

    /// <summary>When it was approved or rejected.</summary>
    public DateTime? DecidedAt { get; set; }

    public int? DecidedById { get; set; }
    public Staff? DecidedBy { get; set; }
    public string? RejectionReason { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public int? ReceivedById { get; set; }
    public Staff? ReceivedBy { get; set; }

    /// <summary>The carrier's report of quantity differences, which the customer accepted before the goods were taken back.</summary>
    public string? CarrierNote { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ReturnLine> Lines { get; set; } = [];
    public CreditNote? CreditNote { get; set; }
}

/// <summary>REQUESTED → APPROVED → RECEIVED, or REJECTED. Stored by name.</summary>
[Description("Where a return (退货单) is.")]
public enum ReturnStatus
{
    [Description("Requested by the desk, waiting for the manager (待审批).")]
    Requested,

    [Description("Approved by the manager: the goods may come back (已批准).")]
    Approved,

    [Description("Refused by the manager, with a reason (已驳回).")]
    Rejected,

    [Description("The goods are back; the credit note is issued (已收货).")]
    Received,
}
