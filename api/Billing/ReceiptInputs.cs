using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Billing;

/// <summary>Input of <c>recordReceipt</c>.</summary>
public sealed record RecordReceiptInput
{
    public string CustomerId { get; init; } = "";
    public decimal Amount { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public PaymentMethod Method { get; init; } = PaymentMethod.BankTransfer;
    public string? BankReference { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>RecordReceiptInput</c> input type.</summary>
public sealed class RecordReceiptInputGraphType : InputObjectGraphType<RecordReceiptInput>
{
    public RecordReceiptInputGraphType()
    {
        Name = "RecordReceiptInput";
        Description = "Money a customer paid (回款), as the bank statement shows it; nothing applied yet.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id.");
        Field(i => i.Amount).Description("Amount in CNY (positive, 2 decimal places).");
        Field(i => i.ReceivedOn, nullable: true).Description("Date received; default today; not in the future.");
        Field(i => i.Method, nullable: true).Description("How it was paid; default BANK_TRANSFER.");
        Field(i => i.BankReference, nullable: true).Description("The bank's reference (流水号), at most 100 characters.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key: repeating it returns the first receipt.");
    }
}

/// <summary>Input of <c>applyReceipt</c>.</summary>
public sealed record ApplyReceiptInput
{
    public string ReceiptId { get; init; } = "";
    public int? Version { get; init; }
    public IReadOnlyList<ReceiptApplicationInput>? Applications { get; init; }
}

/// <summary>One invoice and the amount to apply to it.</summary>
public sealed record ReceiptApplicationInput
{
    public string InvoiceId { get; init; } = "";
    public decimal Amount { get; init; }
}

/// <summary>The <c>ApplyReceiptInput</c> input type.</summary>
public sealed class ApplyReceiptInputGraphType : InputObjectGraphType<ApplyReceiptInput>
{
    public ApplyReceiptInputGraphType()
    {
        Name = "ApplyReceiptInput";
        Description = "Applies a receipt's unapplied amount to open invoices of its customer: the chosen ones, or oldest due first.";
        Field(i => i.ReceiptId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The receipt's global id.");
        Field(i => i.Version, nullable: true).Description("The receipt's version the client read; a stale one is CONFLICT.");
        Field(i => i.Applications, type: typeof(ListGraphType<NonNullGraphType<ReceiptApplicationInputGraphType>>))
            .Description("1 to 100 invoices with amounts; omitted: the customer's open invoices oldest due first, each as far as the receipt reaches.");
    }
}

/// <summary>The <c>ReceiptApplicationInput</c> input type.</summary>
public sealed class ReceiptApplicationInputGraphType : InputObjectGraphType<ReceiptApplicationInput>
{
    public ReceiptApplicationInputGraphType()
    {
        Name = "ReceiptApplicationInput";
        Description = "An amount of the receipt applied to one invoice.";
        Field(i => i.InvoiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An open invoice of the receipt's customer.");
        Field(i => i.Amount).Description("Amount in CNY (positive, 2 places), at most the invoice's open amount.");
    }
}

/// <summary>Input of <c>reverseReceiptApplication</c>.</summary>
public sealed record ReverseReceiptApplicationInput
{
    public string PaymentId { get; init; } = "";
}

/// <summary>The <c>ReverseReceiptApplicationInput</c> input type.</summary>
public sealed class ReverseReceiptApplicationInputGraphType : InputObjectGraphType<ReverseReceiptApplicationInput>
{
    public ReverseReceiptApplicationInputGraphType()
    {
        Name = "ReverseReceiptApplicationInput";
        Description = "Takes one application of a receipt off its invoice: the amount returns to the receipt's unapplied balance.";
        Field(i => i.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The application's (payment's) global id, from receipt.applications.");
    }
}
