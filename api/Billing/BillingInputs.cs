using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Billing;

/// <summary>Input of <c>issueInvoice</c>.</summary>
public sealed record IssueInvoiceInput
{
    public string ContractId { get; init; } = "";
    public decimal Amount { get; init; }
    public IReadOnlyList<string>? ShipmentIds { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? BuyerTaxNumber { get; init; }
    public decimal? TaxRate { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>IssueInvoiceInput</c> input type.</summary>
public sealed class IssueInvoiceInputGraphType : InputObjectGraphType<IssueInvoiceInput>
{
    public IssueInvoiceInputGraphType()
    {
        Name = "IssueInvoiceInput";
        Description = "An invoice against an ACTIVE contract; due on the issue date plus the contract's payment term.";
        Field(i => i.ContractId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The contract's global id.");
        Field(i => i.Amount).Description("Amount in CNY (positive, 2 decimal places); all invoices together at most the agreed total; with shipmentIds at most what they leave to invoice (OVER_INVOICED).");
        Field(i => i.ShipmentIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description($"The delivered shipments of the contract it bills (1 to {BillingMutations.MaxShipmentsPerInvoice}; NOT_DELIVERED otherwise): the amount is spread over them in this order, each up to its invoiceableAmount. Omitted: an invoice against the contract as a whole (service contracts without shipments).");
        Field(i => i.IssuedOn, nullable: true).Description("Issue date; default today.");
        Field(i => i.BuyerTaxNumber, nullable: true).Description("The buyer's taxpayer number (纳税人识别号): 15 to 20 digits and capital letters.");
        Field(i => i.TaxRate, nullable: true).Description("VAT rate: 0.13 (default, goods), 0.09, 0.06, 0.03, 0.01 or 0. The amount is gross (价税合计); net = amount ÷ (1 + rate) rounded half away from zero to the fen, tax = amount − net.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key: repeating it returns the first invoice.");
    }
}

/// <summary>Input of <c>recordPayment</c> and of each item of <c>importPayments</c>.</summary>
public sealed record RecordPaymentInput
{
    public string ContractId { get; init; } = "";
    public decimal Amount { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public PaymentMethod Method { get; init; } = PaymentMethod.BankTransfer;
    public string? InvoiceId { get; init; }
    public string? ExternalId { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>RecordPaymentInput</c> input type.</summary>
public sealed class RecordPaymentInputGraphType : InputObjectGraphType<RecordPaymentInput>
{
    public RecordPaymentInputGraphType()
    {
        Name = "RecordPaymentInput";
        Description = "A payment received (回款), unconfirmed until finance confirms it.";
        Field(i => i.ContractId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The contract's global id.");
        Field(i => i.Amount).Description("Amount in CNY (positive, 2 decimal places).");
        Field(i => i.ReceivedOn, nullable: true).Description("Date received; default today; not in the future.");
        Field(i => i.Method, nullable: true).Description("How it was paid; default BANK_TRANSFER.");
        Field(i => i.InvoiceId, type: typeof(IdGraphType)).Description("The invoice it pays, if known (else match it later).");
        Field(i => i.ExternalId, nullable: true).Description("The payment's id in the ERP: an unconfirmed payment with this id is updated (upsert).");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key: repeating it returns the first payment.");
    }
}

/// <summary>Input of <c>importPayments</c>.</summary>
public sealed record ImportPaymentsInput
{
    public IReadOnlyList<RecordPaymentInput> Items { get; init; } = [];
}

/// <summary>The <c>ImportPaymentsInput</c> input type.</summary>
public sealed class ImportPaymentsInputGraphType : InputObjectGraphType<ImportPaymentsInput>
{
    public ImportPaymentsInputGraphType()
    {
        Name = "ImportPaymentsInput";
        Description = "Many payments at once (1–500), e.g. from an ERP; each is recorded in its own transaction.";
        Field(i => i.Items, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RecordPaymentInputGraphType>>>)).Description("The payments.");
    }
}

/// <summary>Input of <c>confirmPayment</c> and <c>matchPayment</c>.</summary>
public sealed record PaymentStepInput
{
    public string PaymentId { get; init; } = "";
    public string? InvoiceId { get; init; }
}

/// <summary>The <c>ConfirmPaymentInput</c> input type.</summary>
public sealed class ConfirmPaymentInputGraphType : InputObjectGraphType<PaymentStepInput>
{
    public ConfirmPaymentInputGraphType()
    {
        Name = "ConfirmPaymentInput";
        Description = "Finance confirms a payment; a matched invoice's paid amount then moves.";
        Field(i => i.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The payment's global id.");
    }
}

/// <summary>The <c>MatchPaymentInput</c> input type.</summary>
public sealed class MatchPaymentInputGraphType : InputObjectGraphType<PaymentStepInput>
{
    public MatchPaymentInputGraphType()
    {
        Name = "MatchPaymentInput";
        Description = "Matches an unmatched payment to an invoice of the same contract.";
        Field(i => i.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The payment's global id.");
        Field(i => i.InvoiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The invoice's global id.");
    }
}

/// <summary>Input of <c>voidInvoice</c>.</summary>
public sealed record VoidInvoiceInput
{
    public string InvoiceId { get; init; } = "";
    public int? Version { get; init; }
    public string? Reason { get; init; }
}

/// <summary>The <c>VoidInvoiceInput</c> input type.</summary>
public sealed class VoidInvoiceInputGraphType : InputObjectGraphType<VoidInvoiceInput>
{
    public VoidInvoiceInputGraphType()
    {
        Name = "VoidInvoiceInput";
        Description = "Voids (作废) an invoice nothing was paid or applied on; it then owes nothing and its amount can be invoiced again.";
        Field(i => i.InvoiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The invoice's global id.");
        Field(i => i.Version, nullable: true).Description("The invoice's version the client read; a stale one is CONFLICT.");
        Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why it is voided, 1–500 characters.");
    }
}
