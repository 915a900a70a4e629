using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>A payment received (回款), optionally matched to an invoice.</summary>
public sealed class Payment : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int? InvoiceId { get; set; }
    public Invoice? Invoice { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public PaymentMethod Method { get; set; }
    public int? ConfirmedById { get; set; }
    public Staff? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>The receipt this payment applies (a receipt applied to an invoice); null for a payment recorded per contract.</summary>
    public int? ReceiptId { get; set; }

    public Receipt? Receipt { get; set; }
}

[Description("How a payment arrived (回款方式).")]
public enum PaymentMethod
{
    [Description("Bank transfer (银行转账).")]
    BankTransfer,

    [Description("Bank acceptance bill (银行承兑汇票).")]
    BankAcceptance,

    [Description("Cheque (支票).")]
    Check,

    [Description("Cash (现金).")]
    Cash,
}
