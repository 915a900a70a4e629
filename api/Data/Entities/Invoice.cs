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

    /// <summary>
    /// The part of credit notes against this invoice that lowered its open amount (<see cref="CreditNote.AppliedAmount"/>),
    /// kept in the same transaction as they are.
    /// </summary>
    public decimal CreditedAmount { get; set; }

    /// <summary>Amount − paid amount − credited amount, kept with <see cref="PaidAmount"/> so lists filter and sort by it.</summary>
    public decimal OpenAmount { get; set; }

    /// <summary>Optimistic concurrency token, incremented whenever money is applied to it or taken off it, or it is voided.</summary>
    public int Version { get; set; }

    /// <summary>The buyer's taxpayer number (纳税人识别号 / 统一社会信用代码), as printed on the VAT invoice.</summary>
    public string? BuyerTaxNumber { get; set; }

    /// <summary>The VAT rate (0.13 for goods), 4 places.</summary>
    public decimal TaxRate { get; set; }

    /// <summary>Net amount (不含税金额): <see cref="Amount"/> (gross, 价税合计) ÷ (1 + rate), rounded half away from zero to the fen.</summary>
    public decimal NetAmount { get; set; }

    /// <summary>Tax amount (税额): gross − net, so net + tax is the gross exactly.</summary>
    public decimal TaxAmount { get; set; }

    /// <summary>When it was voided (作废), UTC; its <see cref="SettledOn"/> is then the business day it was voided.</summary>
    public DateTime? VoidedAt { get; set; }

    public string? VoidReason { get; set; }

    /// <summary>The delivered shipments it bills and how much of each; empty for an invoice against the contract as a whole.</summary>
    public List<InvoiceShipment> Shipments { get; set; } = [];

    /// <summary>The VAT rates an invoice may carry: 13 % goods, 9 %, 6 %, 3 % and 1 % (small-scale), 0 (exempt or export).</summary>
    public static readonly IReadOnlyList<decimal> VatRates = [0.13m, 0.09m, 0.06m, 0.03m, 0.01m, 0m];

    /// <summary>
    /// Splits the gross <see cref="Amount"/> at <paramref name="rate"/>: net = gross ÷ (1 + rate) rounded half away from
    /// zero to 2 places, tax = gross − net (the rule of decision 021; the one place it is computed).
    /// </summary>
    public void ApplyVat(decimal rate)
    {
        TaxRate = rate;
        NetAmount = NetOf(Amount, rate);
        TaxAmount = Amount - NetAmount;
    }

    /// <summary>The net part of the gross <paramref name="gross"/> at <paramref name="rate"/>: gross ÷ (1 + rate), half away from zero to the fen.</summary>
    public static decimal NetOf(decimal gross, decimal rate) => Math.Round(gross / (1 + rate), 2, MidpointRounding.AwayFromZero);

    /// <summary>Voids the invoice on <paramref name="day"/>: it owes nothing from then on and is closed that day.</summary>
    public void Void(DateTime at, DateOnly day, string reason)
    {
        Status = InvoiceStatus.Void;
        OpenAmount = 0;
        VoidedAt = at;
        VoidReason = reason;
        SettledOn = day;
        Version++;
    }

    /// <summary>
    /// Adds <paramref name="amount"/> (negative to take it off) paid on <paramref name="paidOn"/>: the open amount, the
    /// status and the settling day follow; the one place they change.
    /// </summary>
    public void Settle(decimal amount, DateOnly? paidOn)
    {
        PaidAmount += amount;
        Follow(paidOn);
    }

    /// <summary>
    /// Reverses <paramref name="amount"/> of what is open by a credit note issued on <paramref name="creditedOn"/> (at most
    /// the open amount; the caller keeps the rest on account): the open amount, status and settling day follow. Credited
    /// in full, the invoice owes nothing and is closed (PAID) that day.
    /// </summary>
    public void Credit(decimal amount, DateOnly creditedOn)
    {
        CreditedAmount += amount;
        Follow(creditedOn);
    }

    private void Follow(DateOnly? on)
    {
        OpenAmount = Amount - PaidAmount - CreditedAmount;
        Status = OpenAmount <= 0 ? InvoiceStatus.Paid : PaidAmount <= 0 ? InvoiceStatus.Open : InvoiceStatus.PartlyPaid;
        SettledOn = Status == InvoiceStatus.Paid ? SettledOn ?? on : null;
    }
}

[Description("Where an invoice stands (发票状态).")]
public enum InvoiceStatus
{
    [Description("Nothing paid yet.")]
    Open,

    [Description("Partly paid (部分回款).")]
    PartlyPaid,

    [Description("Nothing open (已结清): paid in full, or the rest reversed by credit notes.")]
    Paid,

    [Description("Void (作废): cancelled, owes nothing.")]
    Void,
}
