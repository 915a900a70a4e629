using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A delivery notice (发货通知单) and its shipment tracking: for part or all of a sales order's open quantities, or for
/// all lines of a contract. Its rows are scoped through its customer, as orders are (decision 018).
/// </summary>
public sealed class Shipment : IHasExternalId
{
    public int Id { get; set; }
    public required string NoticeNumber { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The order it ships; null for a notice of a whole contract.</summary>
    public int? SalesOrderId { get; set; }

    public SalesOrder? SalesOrder { get; set; }

    /// <summary>The contract whose goods it ships (directly, or through the order's contract); null for an order without contract.</summary>
    public int? ContractId { get; set; }

    public Contract? Contract { get; set; }
    public required string Carrier { get; set; }

    /// <summary>The carrier's waybill (托运单) number, given when the goods leave.</summary>
    public string? WaybillNumber { get; set; }

    public DateOnly PlannedOn { get; set; }
    public DateOnly? ShippedOn { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public ShipmentStatus Status { get; set; }

    /// <summary>Σ quantity × unit price of the lines, in CNY.</summary>
    public decimal Amount { get; set; }

    /// <summary>The part of <see cref="Amount"/> not covered by confirmed payments when the notice was issued (赊销).</summary>
    public decimal UnpaidAmount { get; set; }

    /// <summary>
    /// What invoices not void bill of this shipment (Σ <see cref="InvoiceShipment.Amount"/>), kept in the same transaction
    /// as they are issued or voided, each of which bumps <see cref="Version"/>: two concurrent invoices cannot both bill it.
    /// </summary>
    public decimal InvoicedAmount { get; set; }

    /// <summary>Whether the customer's open receivables plus the unpaid goods exceeded its credit limit when issued.</summary>
    public bool IsOverCredit { get; set; }

    /// <summary>Whether the notice needs finance's and sales management's approval before it may ship.</summary>
    public bool NeedsApproval { get; set; }

    /// <summary>Whether it needs the director's approval as well (unpaid above <c>OrderDesk:DirectorUnpaidAmount</c>).</summary>
    public bool NeedsDirectorApproval { get; set; }

    /// <summary>The day the goods were released to ship: issued paid and within credit, or the last approval given.</summary>
    public DateOnly? ReleasedOn { get; set; }

    /// <summary>The day by which the goods are to leave: <see cref="ReleasedOn"/> + <c>OrderDesk:ShipWithinDays</c> (款到后3天内发货).</summary>
    public DateOnly? ShipDueOn { get; set; }

    public DateTime? CancelledAt { get; set; }

    /// <summary>Why it was cancelled or rejected.</summary>
    public string? CancellationReason { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? ExternalId { get; set; }
    public List<ShipmentLine> Lines { get; set; } = [];
    public List<ShipmentApproval> Approvals { get; set; } = [];
}

/// <summary>
/// AWAITING_APPROVAL → PLANNED → SHIPPED → DELIVERED; CANCELLED before it ships, REJECTED by an approver. Stored by name.
/// </summary>
[Description("Where a delivery notice (发货通知单) and its shipment are.")]
public enum ShipmentStatus
{
    [Description("Released, waiting to leave the warehouse (待发货).")]
    Planned,

    [Description("Left with the carrier (已发货).")]
    Shipped,

    [Description("Reached the customer (已送达).")]
    Delivered,

    [Description("Cancelled before it shipped (已取消).")]
    Cancelled,

    [Description("Unpaid or beyond credit: waiting for finance's and sales' approval (待审批).")]
    AwaitingApproval,

    [Description("Refused by an approver (已驳回).")]
    Rejected,
}
