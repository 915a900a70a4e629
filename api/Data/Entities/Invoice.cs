using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>An invoice (发票) issued against a contract; due on issue date + payment term.</summary>
public sealed class Invoice : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public decimal Amount { get; set; }

    /// <summary>Sum of confirmed payments matched to this invoice, maintained in the same transaction as they are.</summary>
    public decimal PaidAmount { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>The day the invoice was paid in full, if it was.</summary>
    public DateOnly? SettledOn { get; set; }

    /// <summary>OPEN, PARTLY_PAID, PAID or VOID, kept with <see cref="PaidAmount"/> (<see cref="Settle"/>).</summary>
    public InvoiceStatus Status { get; set; }

    /// <summary>Amount − paid amount, kept with <see cref="PaidAmount"/> so lists filter and sort by it.</summary>
    public decimal OpenAmount { get; set; }

    /// <summary>Optimistic concurrency token, incremented whenever money is applied to it or taken off it.</summary>
    public int Version { get; set; }

    /// <summary>
    /// Adds <paramref name="amount"/> (negative to take it off) paid on <paramref name="paidOn"/>: the open amount, the
    /// status and the settling day follow; the one place they change.
    /// </summary>
    public void Settle(decimal amount, DateOnly? paidOn)
    {
        PaidAmount += amount;
        OpenAmount = Amount - PaidAmount;
        Status = PaidAmount <= 0 ? InvoiceStatus.Open : PaidAmount >= Amount ? InvoiceStatus.Paid : InvoiceStatus.PartlyPaid;
        SettledOn = Status == InvoiceStatus.Paid ? SettledOn ?? paidOn : null;
    }
}

[Description("Where an invoice stands (发票状态).")]
public enum InvoiceStatus
{
    [Description("Nothing paid yet.")]
    Open,

    [Description("Partly paid (部分回款).")]
    PartlyPaid,

    [Description("Paid in full (已结清).")]
    Paid,

    [Description("Void (作废): cancelled, owes nothing.")]
    Void,
}
