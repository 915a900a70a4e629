using System.ComponentModel;
using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Billing;

/// <summary>What became of one bank statement line.</summary>
[Description("What became of one bank statement line (importBankStatement).")]
public enum BankStatementRowStatus
{
    [Description("Recorded as a receipt of the matched customer (in a dry run: would be).")]
    Imported,

    [Description("Its bank reference was imported before (or appears earlier in this statement): nothing recorded; receipt is the earlier one.")]
    Duplicate,

    [Description("No single customer matches its tax number, account or name: nothing recorded; record it by hand (recordReceipt).")]
    Unmatched,

    [Description("A value is missing or wrong (see errors): nothing recorded.")]
    Invalid,
}

/// <summary>The result of one line.</summary>
public sealed record BankStatementRowResult(
    int Index, BankStatementRowStatus Status, string? BankReference, decimal Amount, Customer? Customer, Receipt? Receipt, decimal AppliedAmount, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>importBankStatement</c>, line by line.</summary>
public sealed record BankStatementImport(bool DryRun, IReadOnlyList<BankStatementRowResult> Rows)
{
    public int Count(BankStatementRowStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>The <c>BankStatementImport</c> type.</summary>
public sealed class BankStatementImportGraphType : ObjectGraphType<BankStatementImport>
{
    public BankStatementImportGraphType()
    {
        Name = "BankStatementImport";
        Description = "What an import of a bank statement did (or, in a dry run, would do), line by line.";
        Field(i => i.DryRun).Description("Whether this was a dry run: then nothing was written.");
        Field<NonNullGraphType<IntGraphType>>("imported").Description("Lines recorded as receipts (would be, in a dry run).").Resolve(c => c.Source.Count(BankStatementRowStatus.Imported));
        Field<NonNullGraphType<IntGraphType>>("duplicates").Description("Lines whose bank reference was imported before.").Resolve(c => c.Source.Count(BankStatementRowStatus.Duplicate));
        Field<NonNullGraphType<IntGraphType>>("unmatched").Description("Lines no single customer matches.").Resolve(c => c.Source.Count(BankStatementRowStatus.Unmatched));
        Field<NonNullGraphType<IntGraphType>>("invalid").Description("Lines with wrong or missing values.").Resolve(c => c.Source.Count(BankStatementRowStatus.Invalid));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankStatementRowResultGraphType>>>>("rows")
            .Description("One result per input line, in input order.")
            .Resolve(c => c.Source.Rows);
    }
}

/// <summary>The <c>BankStatementRowResult</c> type.</summary>
public sealed class BankStatementRowResultGraphType : ObjectGraphType<BankStatementRowResult>
{
    public BankStatementRowResultGraphType()
    {
        Name = "BankStatementRowResult";
        Description = "What became of one bank statement line.";
        Field(r => r.Index).Description("The line's index in input.rows (0-based).");
        Field(r => r.Status).Description("IMPORTED, DUPLICATE, UNMATCHED or INVALID.");
        Field(r => r.BankReference, nullable: true).Description("The line's bank reference (流水号), trimmed.");
        Field(r => r.Amount).Description("The line's amount in CNY.");
        Field<CustomerGraphType>("customer").Description("The customer the line matched (IMPORTED, DUPLICATE of a receipt); null when unmatched.").Resolve(c => c.Source.Customer);
        Field<ReceiptGraphType>("receipt").Description("The receipt recorded (IMPORTED) or imported before (DUPLICATE); null in a dry run and otherwise.").Resolve(c => c.Source.Receipt);
        Field(r => r.AppliedAmount).Description("What was (in a dry run: would be) applied to the customer's open invoices, oldest first; 0 unless applyOldestFirst.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceGraphType>>>>("errors")
            .Description("Why the line is INVALID or UNMATCHED, each at its path (input.rows[i].field).")
            .Resolve(c => c.Source.Errors);
    }
}
