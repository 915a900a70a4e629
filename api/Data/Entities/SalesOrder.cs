namespace SalesGraph.Data.Entities;

/// <summary>
/// A sales order (订货单): against an ACTIVE contract (drawing down its lines) or, for a distributor or agent, at list
/// price without a contract. Its rows are scoped through its customer.
/// </summary>
public sealed class SalesOrder : IHasExternalId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int? ContractId { get; set; }
    public Contract? Contract { get; set; }
    public SalesOrderStatus Status { get; set; }

    /// <summary>Σ quantity × unit price of the lines, in CNY; computed by the server.</summary>
    public decimal Amount { get; set; }

    /// <summary>Whether, when submitted, the customer's open receivables plus open orders plus this one exceeded its credit limit.</summary>
    public bool IsOverCredit { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>When the customer's confirmation is due: submission + <c>OrderDesk:ConfirmationHours</c> at the time of submission.</summary>
    public DateTime ConfirmDueAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }
    public int? ConfirmedById { get; set; }
    public Staff? ConfirmedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? ExternalId { get; set; }
    public List<SalesOrderLine> Lines { get; set; } = [];
    public List<Shipment> Shipments { get; set; } = [];
}

public enum SalesOrderStatus { Submitted, Confirmed, PartlyShipped, Shipped, Closed, Cancelled }
