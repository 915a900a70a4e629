using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;
using SalesGraph.Returns;

namespace SalesGraph.Billing;

/// <summary>Input of <c>issueCreditNote</c>.</summary>
public sealed record IssueCreditNoteInput
{
    public string InvoiceId { get; init; } = "";
    public decimal? Amount { get; init; }
    public string? Reason { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>IssueCreditNoteInput</c> input type.</summary>
public sealed class IssueCreditNoteInputGraphType : InputObjectGraphType<IssueCreditNoteInput>
{
    public IssueCreditNoteInputGraphType()
    {
        Name = "IssueCreditNoteInput";
        Description = "A red-letter credit note (红字发票) reversing all or part of an invoice.";
        Field(i => i.InvoiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The invoice's global id (not VOID).");
        Field(i => i.Amount, nullable: true).Description("The credit in CNY (positive, 2 places), at most what remains invoiced (amount − earlier credit notes); omitted: all that remains.");
        Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why (e.g. 价格折让, 开票错误), 1–500 characters.");
        Field(i => i.Version, nullable: true).Description("The invoice's version the client read; a stale one is CONFLICT.");
    }
}

/// <summary>Red-letter credit notes (红字发票) against invoices, issued by finance.</summary>
public sealed class CreditNoteMutations : IDeclaresMutations
{
    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<IssueCreditNoteInputGraphType, IssueCreditNoteInput>(
            "issueCreditNote", WriteRules.CreditNoting,
            "Finance issues a credit note (HZ-…) reversing all or part of an invoice: it lowers the invoice's open amount (an invoice credited in full " +
            "owes nothing and is PAID), and what the invoice no longer owed (it was paid) stays on the customer's account; either way the customer's open " +
            "receivables fall by the credit. Never more than what remains invoiced (OVER_CREDITED, also when two race: CONFLICT), never on a VOID invoice " +
            "(INVOICE_VOID). Input errors (VALIDATION, NOT_FOUND, CONFLICT, OVER_CREDITED, INVOICE_VOID) come in `errors` with the input path; " +
            "authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED).",
            "creditNote", typeof(CreditNoteGraphType), IssueAsync),
    ];

    private static async Task<MutationPayload> IssueAsync(WriteUnit w, IssueCreditNoteInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 500, required: true, "input", "reason");
        if (input.Amount is { } amount)
        {
            check.Money(amount, allowZero: false, "input", "amount");
        }

        var (invoice, refusal) = await w.FindForStepAsync<Invoice>(input.InvoiceId, q => q.Include(i => i.Contract), i => i.Version, input.Version, "input", "invoiceId");
        if (refusal is not null)
        {
            return refusal;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (invoice!.Status == InvoiceStatus.Void)
        {
            return MutationPayload.Refused([UserError.InvoiceVoid("This invoice is void: there is nothing to credit.", "input", "invoiceId")]);
        }

        var remaining = await CreditNotes.RemainingAsync(w, invoice);
        var credit = input.Amount ?? remaining;
        if (credit <= 0 || credit > remaining)
        {
            return MutationPayload.Refused([UserError.OverCredited(
                $"Only {remaining:0.00} of invoice {invoice.Number} remains to be credited.", "input", input.Amount is null ? "invoiceId" : "amount")]);
        }

        var note = await CreditNotes.IssueAsync(w, invoice.Contract!.CustomerId, invoice, credit, input.Reason!.Trim(), returnRequestId: null);
        return MutationPayload.Ok(note);
    }
}
