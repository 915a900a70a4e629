using GraphQL.Types;

namespace SalesGraph.Billing;

/// <summary>Input of <c>importBankStatement</c>.</summary>
public sealed record ImportBankStatementInput
{
    public IReadOnlyList<BankStatementRowInput> Rows { get; init; } = [];
    public bool DryRun { get; init; }
    public bool ApplyOldestFirst { get; init; }
}

/// <summary>One line of a bank statement: money that arrived on the company's account.</summary>
public sealed record BankStatementRowInput
{
    public DateOnly? ValueDate { get; init; }
    public decimal? Amount { get; init; }
    public string? PayerName { get; init; }
    public string? PayerAccount { get; init; }
    public string? PayerTaxNumber { get; init; }
    public string? BankReference { get; init; }
    public string? Memo { get; init; }
}

/// <summary>The <c>ImportBankStatementInput</c> input type.</summary>
public sealed class ImportBankStatementInputGraphType : InputObjectGraphType<ImportBankStatementInput>
{
    public ImportBankStatementInputGraphType()
    {
        Name = "ImportBankStatementInput";
        Description = "The credit lines of a bank statement (银行流水) to record as receipts (回款).";
        Field(i => i.Rows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<BankStatementRowInputGraphType>>>))
            .Description($"The lines, 1 to {BankStatementMutations.MaxRows} (else VALIDATION on input.rows), processed in chunks of {BankStatementMutations.ChunkSize}, each chunk in one transaction.");
        Field(i => i.DryRun, nullable: true).Description("true: validate and match every line and report what would happen, writing nothing (no receipt, no audit entry). Default false.");
        Field(i => i.ApplyOldestFirst, nullable: true).Description("true: apply each imported receipt to its customer's open invoices, oldest due first, as far as it reaches (as applyReceipt does). Default false: the receipts stay unapplied on account.");
    }
}

/// <summary>The <c>BankStatementRowInput</c> input type.</summary>
public sealed class BankStatementRowInputGraphType : InputObjectGraphType<BankStatementRowInput>
{
    public BankStatementRowInputGraphType()
    {
        Name = "BankStatementRowInput";
        Description = "One credit line of a bank statement. The payer is matched to a customer by taxpayer number (the buyer tax number on its invoices), then bank account (of its earlier imported receipts), then exact name; a line that matches no single customer is UNMATCHED, never guessed.";
        Field(r => r.ValueDate, nullable: true).Description("Value date (起息日): the day the money arrived, required; becomes the receipt's date; not in the future.");
        Field(r => r.Amount, nullable: true).Description("Amount credited in CNY, required (positive, 2 decimal places).");
        Field(r => r.PayerName, nullable: true).Description("The payer's account name (付款人户名), at most 200 characters.");
        Field(r => r.PayerAccount, nullable: true).Description("The payer's bank account number (付款人账号), at most 64 characters.");
        Field(r => r.PayerTaxNumber, nullable: true).Description("The payer's taxpayer number (纳税人识别号), if the bank gives it.");
        Field(r => r.BankReference, nullable: true).Description("The bank's reference of the transfer (流水号), 1 to 100 characters, required: a reference already imported is a DUPLICATE.");
        Field(r => r.Memo, nullable: true).Description("The statement's memo (摘要/附言), at most 500 characters.");
    }
}
