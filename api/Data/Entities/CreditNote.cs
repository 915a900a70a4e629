namespace SalesGraph.Data.Entities;

/// <summary>
/// A credit note (红字发票 / 贷项通知单): it reverses all or part of an invoice (finance's <c>issueCreditNote</c>) or
/// credits goods returned (Σ received quantity × unit price of its return, issued when the goods are received). Against
/// an invoice, the credit first lowers the invoice's open amount (<see cref="AppliedAmount"/>); what the invoice no
/// longer owes (it was paid) stays on the customer's account, as does a credit with no invoice. Either way it lowers
/// the customer's open receivables. Its rows are scoped through its customer.
/// </summary>
public sealed class CreditNote : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The return it credits, if it came from one.</summary>
    public int? ReturnRequestId { get; set; }
    public ReturnRequest? ReturnRequest { get; set; }

    /// <summary>The invoice it reverses (all or part of), if any.</summary>
    public int? InvoiceId { get; set; }
    public Invoice? Invoice { get; set; }

    /// <summary>The credit in CNY (positive).</summary>
    public decimal Amount { get; set; }

    /// <summary>The VAT rate it reverses at: its invoice's, else the goods rate (a return's credit for goods).</summary>
    public decimal TaxRate { get; set; }

    /// <summary>The net part of <see cref="Amount"/> (不含税金额); see <see cref="Billing.CreditNotes.VatSplitAsync"/>.</summary>
    public decimal NetAmount { get; set; }

    /// <summary>The tax part (税额): amount − net, so net + tax is the amount exactly.</summary>
    public decimal TaxAmount { get; set; }

    /// <summary>The part of <see cref="Amount"/> that lowered its invoice's open amount; the rest is on the customer's account.</summary>
    public decimal AppliedAmount { get; set; }

    /// <summary>Why it was issued (finance's reason; for a return, its number).</summary>
    public string? Reason { get; set; }

    public int? IssuedById { get; set; }
    public Staff? IssuedBy { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}
