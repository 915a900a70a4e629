using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>
/// Receipts (回款) per customer, applied to the customer's open invoices. An application is a confirmed
/// <see cref="Payment"/> of the invoice naming the receipt, so receivables, collection KPIs and the shipment release read
/// applied money exactly as they read payments. The invoice and the receipt carry versions (concurrency tokens) that
/// every application and reversal bumps: two concurrent applications cannot both spend the same open amount.
/// </summary>
public sealed class ReceiptMutations : IDeclaresMutations
{
    private const int MaxApplications = 100;

    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, OVER_APPLIED, INVOICE_VOID) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<RecordReceiptInputGraphType, RecordReceiptInput>(
            "recordReceipt", WriteRules.ReceiptRecording,
            "Records money a customer paid (HK-…), unapplied: the whole amount stays on the customer's account until applied." + Errors,
            "receipt", typeof(ReceiptGraphType), RecordAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<ApplyReceiptInputGraphType, ApplyReceiptInput>(
            "applyReceipt", WriteRules.ReceiptApplication,
            "Applies a receipt to open invoices of its customer, partly or wholly: the chosen invoices and amounts, or the open invoices oldest due first " +
            "as far as the receipt reaches. Never more than an invoice's open amount or the receipt's unapplied amount (OVER_APPLIED), never to a VOID " +
            "invoice (INVOICE_VOID); each application is a confirmed payment of the invoice dated the later of the receipt's and the invoice's day." + Errors,
            "receipt", typeof(ReceiptGraphType), ApplyAsync),
        MutationDeclaration.Of<ReverseReceiptApplicationInputGraphType, ReverseReceiptApplicationInput>(
            "reverseReceiptApplication", WriteRules.ReceiptApplication,
            "Reverses one application of a receipt: the invoice's open amount and status go back, the amount returns to the receipt's unapplied balance." + Errors,
            "receipt", typeof(ReceiptGraphType), ReverseAsync),
    ];

    private static async Task<MutationPayload> RecordAsync(WriteUnit w, RecordReceiptInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        check.Money(input.Amount, allowZero: false, "input", "amount");
        check.Text(input.BankReference, 100, required: false, "input", "bankReference");
        check.That(input.ReceivedOn is not { } r || r <= w.Today, "A receipt cannot be received in the future.", "input", "receivedOn");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Customer>(customerId!.Value, q => q.AsNoTracking(), "input", "customerId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var bankReference = string.IsNullOrWhiteSpace(input.BankReference) ? null : input.BankReference.Trim();
        if (bankReference is not null && await w.Db.Receipts.AnyAsync(r => r.BankReference == bankReference, w.CancellationToken))
        {
            return MutationPayload.Refused([UserError.Validation("A receipt with this bank reference is already recorded.", "input", "bankReference")]);
        }

        var receivedOn = input.ReceivedOn ?? w.Today;
        var receipt = new Receipt
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.Receipts.AsNoTracking(), x => x.Number, "HK", receivedOn.Year, w.CancellationToken),
            CustomerId = found.Entity.Id,
            Amount = input.Amount,
            ReceivedOn = receivedOn,
            Method = input.Method,
            BankReference = bankReference,
            RecordedById = w.Caller.StaffId,
            CreatedAt = w.Now,
            Version = 1,
        };
        w.Db.Receipts.Add(receipt);
        return MutationPayload.Ok(receipt);
    }

    private static async Task<MutationPayload> ApplyAsync(WriteUnit w, ApplyReceiptInput input)
    {
        var check = new InputCheck();
        var chosen = new List<(int InvoiceId, decimal Amount, int Index)>();
        if (input.Applications is { } applications
            && check.That(applications.Count is > 0 and <= MaxApplications, $"1 to {MaxApplications} applications, or none for oldest first.", "input", "applications"))
        {
            for (var i = 0; i < applications.Count; i++)
            {
                var invoiceId = check.Id(applications[i].InvoiceId, "Invoice", "input", "applications", i, "invoiceId");
                check.Money(applications[i].Amount, allowZero: false, "input", "applications", i, "amount");
                if (invoiceId is { } id && check.That(chosen.All(c => c.InvoiceId != id), "This invoice is already in the list.", "input", "applications", i, "invoiceId"))
                {
                    chosen.Add((id, applications[i].Amount, i));
                }
            }
        }

        var (receipt, refusal) = await w.FindForStepAsync<Receipt>(input.ReceiptId, q => q, r => r.Version, input.Version, "input", "receiptId");
        if (refusal is not null)
        {
            return refusal;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, receipt);
        }

        var unapplied = receipt!.Amount - receipt.AppliedAmount;
        var ids = chosen.Select(c => c.InvoiceId).ToArray();
        System.Linq.Expressions.Expression<Func<Invoice, bool>> which = input.Applications is null
            ? i => i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid
            : i => ids.Contains(i.Id);
        var invoices = await w.Db.Scoped<Invoice>(w.Caller)
            .Where(i => i.Contract!.CustomerId == receipt.CustomerId)
            .Where(which)
            .OrderBy(i => i.DueOn).ThenBy(i => i.IssuedOn).ThenBy(i => i.Id)
            .Take(MaxApplications)
            .ToListAsync(w.CancellationToken);
        var plan = input.Applications is null ? OldestFirst(invoices, unapplied) : Chosen(chosen, invoices, unapplied);
        if (plan.Errors.Count > 0)
        {
            return MutationPayload.Refused(plan.Errors, receipt);
        }

        var number = await DocumentNumbers.NextAsync(w, w.Db.Payments.AsNoTracking(), p => p.Number, "SK", w.Today.Year, w.CancellationToken);
        foreach (var (invoice, amount) in plan.Applications)
        {
            ApplyOne(w, receipt, invoice, amount, number);
            number = DocumentNumbers.Following(number);
        }

        receipt.Version++;
        return MutationPayload.Ok(receipt);
    }

    /// <summary>
    /// Applies <paramref name="amount"/> of <paramref name="receipt"/> to <paramref name="invoice"/>: a confirmed payment
    /// numbered <paramref name="number"/>, dated the later of the receipt's and the invoice's day; the invoice settles and
    /// its version moves. The one way an application is made (applyReceipt, importBankStatement); the caller checks the amount.
    /// </summary>
    internal static void ApplyOne(WriteUnit w, Receipt receipt, Invoice invoice, decimal amount, string number)
    {
        var paidOn = receipt.ReceivedOn > invoice.IssuedOn ? receipt.ReceivedOn : invoice.IssuedOn;
        w.Db.Payments.Add(new Payment
        {
            Number = number,
            ContractId = invoice.ContractId,
            InvoiceId = invoice.Id,
            Receipt = receipt,
            Amount = amount,
            ReceivedOn = paidOn,
            Method = receipt.Method,
            ConfirmedAt = w.Now,
            ConfirmedById = w.Caller.StaffId,
        });
        invoice.Settle(amount, paidOn);
        invoice.Version++;
        receipt.AppliedAmount += amount;
    }

    /// <summary>The receipt's unapplied amount over the open invoices in the order given, each as far as it reaches.</summary>
    private static ApplicationPlan OldestFirst(List<Invoice> open, decimal unapplied)
    {
        var plan = new ApplicationPlan();
        foreach (var invoice in open)
        {
            var amount = Math.Min(invoice.OpenAmount, unapplied);
            if (amount <= 0)
            {
                break;
            }

            plan.Applications.Add((invoice, amount));
            unapplied -= amount;
        }

        if (plan.Applications.Count == 0)
        {
            plan.Errors.Add(unapplied <= 0
                ? UserError.OverApplied("Nothing of this receipt is left to apply.", "input", "receiptId")
                : UserError.Validation("The customer has no open invoices; the receipt stays on account.", "input", "receiptId"));
        }

        return plan;
    }

    /// <summary>The chosen invoices and amounts, each checked against the invoice's open amount and all against the receipt.</summary>
    private static ApplicationPlan Chosen(List<(int InvoiceId, decimal Amount, int Index)> chosen, List<Invoice> invoices, decimal unapplied)
    {
        var plan = new ApplicationPlan();
        foreach (var (invoiceId, amount, i) in chosen)
        {
            var invoice = invoices.FirstOrDefault(x => x.Id == invoiceId);
            if (invoice is null)
            {
                plan.Errors.Add(UserError.NotFound("No invoice with this id of the receipt's customer in your scope.", "input", "applications", i, "invoiceId"));
            }
            else if (invoice.Status == InvoiceStatus.Void)
            {
                plan.Errors.Add(UserError.InvoiceVoid($"Invoice {invoice.Number} is void.", "input", "applications", i, "invoiceId"));
            }
            else if (amount > invoice.OpenAmount)
            {
                plan.Errors.Add(UserError.OverApplied($"Invoice {invoice.Number} has only {invoice.OpenAmount:0.00} open.", "input", "applications", i, "amount"));
            }
            else
            {
                plan.Applications.Add((invoice, amount));
            }
        }

        var total = chosen.Sum(c => c.Amount);
        if (plan.Errors.Count == 0 && total > unapplied)
        {
            plan.Errors.Add(UserError.OverApplied($"The receipt has only {unapplied:0.00} unapplied; the applications total {total:0.00}.", "input", "applications"));
        }

        return plan;
    }

    private static async Task<MutationPayload> ReverseAsync(WriteUnit w, ReverseReceiptApplicationInput input)
    {
        var found = await w.FindInScopeAsync<Payment>(input.PaymentId, q => q.Include(p => p.Receipt).Include(p => p.Invoice), "input", "paymentId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var payment = found.Entity;
        if (payment.Receipt is not { } receipt || payment.Invoice is not { } invoice)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("This payment is not an application of a receipt.", "input", "paymentId")]);
        }

        invoice.Settle(-payment.Amount, null);
        invoice.Version++;
        receipt.AppliedAmount -= payment.Amount;
        receipt.Version++;
        w.Db.Payments.Remove(payment);
        return MutationPayload.Ok(receipt);
    }

    private sealed class ApplicationPlan
    {
        public List<(Invoice Invoice, decimal Amount)> Applications { get; } = [];

        public List<UserError> Errors { get; } = [];
    }
}
