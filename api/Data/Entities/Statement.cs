using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A customer statement (对账单) of one calendar month: the balance the customer owed at the start, the month's invoices,
/// credit notes and receipts as lines, and the balance at the end; sent to the customer's owner rep and confirmed or
/// disputed by the customer, as the rep or the region's clerk records it (decision 024). A snapshot: later documents
/// do not change it. One per customer and month. Its rows are scoped through its customer.
/// </summary>
public sealed class Statement : IHasId
{
    public int Id { get; set; }

    /// <summary>DZ-year-sequence.</summary>
    public required string Number { get; set; }

    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The rep it was sent to: the customer's owner when it was generated.</summary>
    public int? OwnerId { get; set; }
    public Staff? Owner { get; set; }

    /// <summary>The balance at the end of the day before <see cref="PeriodStart"/>.</summary>
    public decimal OpeningBalance { get; set; }

    /// <summary>Invoices issued in the month, less invoices voided in it.</summary>
    public decimal InvoicedAmount { get; set; }

    /// <summary>Credit notes issued in the month.</summary>
    public decimal CreditedAmount { get; set; }

    /// <summary>Receipts received in the month, and confirmed payments without a receipt matched to an invoice.</summary>
    public decimal ReceivedAmount { get; set; }

    /// <summary>Opening + invoiced − credited − received.</summary>
    public decimal ClosingBalance { get; set; }

    public StatementStatus Status { get; set; }
    public DateTime GeneratedAt { get; set; }
    public int? GeneratedById { get; set; }
    public Staff? GeneratedBy { get; set; }
    public DateTime? RespondedAt { get; set; }
    public int? RespondedById { get; set; }
    public Staff? RespondedBy { get; set; }

    /// <summary>The customer's words: what is disputed (required for DISPUTED), or a note with the confirmation.</summary>
    public string? ResponseNote { get; set; }

    public int Version { get; set; }
    public List<StatementLine> Lines { get; set; } = [];
}

/// <summary>One document of a statement's month, signed as it moves the balance (invoices +, the rest −).</summary>
public sealed class StatementLine : IHasId
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int LineNo { get; set; }
    public StatementLineKind Kind { get; set; }
    public required string DocumentNumber { get; set; }
    public DateOnly On { get; set; }

    /// <summary>The amount as it moves the balance: + for an invoice, − for a void, credit note, receipt or payment.</summary>
    public decimal Amount { get; set; }

    /// <summary>The balance after this line.</summary>
    public decimal Balance { get; set; }
}

[Description("Where a statement stands (对账状态).")]
public enum StatementStatus
{
    [Description("Sent to the owner rep, awaiting the customer's answer (已发送).")]
    Sent,

    [Description("The customer confirmed the balance (已确认).")]
    Confirmed,

    [Description("The customer disputes it, with a note (有异议).")]
    Disputed,
}

[Description("What a statement line is.")]
public enum StatementLineKind
{
    [Description("An invoice issued (发票).")]
    Invoice,

    [Description("An invoice voided in the month (作废), reversing it.")]
    InvoiceVoided,

    [Description("A credit note (红字发票).")]
    CreditNote,

    [Description("A receipt (回款).")]
    Receipt,

    [Description("A confirmed payment without a receipt, matched to an invoice.")]
    Payment,
}
