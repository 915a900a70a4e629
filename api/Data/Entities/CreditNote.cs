namespace SalesGraph.Data.Entities;

/// <summary>
/// A credit note (红字发票 / 贷项通知单) for goods returned: Σ received quantity × unit price of its return, issued when the
/// goods are received. It lowers the customer's open receivables. Its rows are scoped through its customer.
/// </summary>
public sealed class CreditNote : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }

    /// <summary>The credit in CNY (positive).</summary>
    public decimal Amount { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}
