namespace SalesGraph.Data.Entities;

/// <summary>
/// A receipt (回款): money a customer paid, as the bank statement shows it, recorded per customer and then applied to
/// the customer's open invoices. Each application is a <see cref="Payment"/> naming this receipt, the invoice and the
/// amount; what is not applied (<see cref="Amount"/> − <see cref="AppliedAmount"/>) stays on the customer's account as
/// a prepayment. Its rows are scoped through its customer.
/// </summary>
public sealed class Receipt : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The money received in CNY (positive).</summary>
    public decimal Amount { get; set; }

    /// <summary>Σ of its applications (payments), maintained in the same transaction as they are.</summary>
    public decimal AppliedAmount { get; set; }

    public DateOnly ReceivedOn { get; set; }
    public PaymentMethod Method { get; set; }

    /// <summary>The bank's reference of the transfer (流水号), as on the statement.</summary>
    public string? BankReference { get; set; }

    /// <summary>The payer's account name as on the bank statement (付款人户名), when imported from one.</summary>
    public string? PayerName { get; set; }

    /// <summary>The payer's bank account number (付款人账号), when imported: later lines from it match the same customer.</summary>
    public string? PayerAccount { get; set; }

    /// <summary>The statement line's memo (摘要/附言), when imported.</summary>
    public string? Memo { get; set; }

    public int? RecordedById { get; set; }
    public Staff? RecordedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change (each application or reversal).</summary>
    public int Version { get; set; }

    public List<Payment> Applications { get; set; } = [];
}
