using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>
/// The one way a credit note (红字发票) is issued, by finance against an invoice (<c>issueCreditNote</c>) and by the desk
/// receiving a return: the note is added, and against an invoice its amount first lowers the invoice's open amount
/// (<see cref="Invoice.Credit"/>, bumping the invoice's version, so two concurrent credits cannot both spend what remains);
/// the rest stays on the customer's account. Callers check the amount against <see cref="RemainingAsync"/> first.
/// </summary>
public static class CreditNotes
{
    /// <summary>What remains to be credited on <paramref name="invoice"/>: its amount less its credit notes (0 when void).</summary>
    public static async Task<decimal> RemainingAsync(WriteUnit w, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.Status == InvoiceStatus.Void)
        {
            return 0;
        }

        var credited = await w.Db.CreditNotes.Where(n => n.InvoiceId == invoice.Id).SumAsync(n => n.Amount, w.CancellationToken);
        return invoice.Amount - credited;
    }

    /// <summary>
    /// The VAT split of a credit of <paramref name="amount"/> (decision 024): at its invoice's rate, else the goods rate
    /// (a return credits goods). The net is <see cref="Invoice.NetOf"/> the amount, except that the note that credits what
    /// remains of an invoice takes the invoice's net less the nets of its earlier notes, so the notes that reverse an
    /// invoice in full reverse its net and its tax to the fen (the rounding of partial credits never leaves a remainder).
    /// </summary>
    public static async Task<(decimal Rate, decimal Net)> VatSplitAsync(WriteUnit w, Invoice? invoice, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (invoice is null)
        {
            return (Invoice.VatRates[0], Invoice.NetOf(amount, Invoice.VatRates[0]));
        }

        var earlier = await w.Db.CreditNotes.Where(n => n.InvoiceId == invoice.Id)
            .GroupBy(n => 1)
            .Select(g => new { Amount = g.Sum(n => n.Amount), Net = g.Sum(n => n.NetAmount) })
            .FirstOrDefaultAsync(w.CancellationToken);
        var credited = earlier?.Amount ?? 0;
        var net = credited + amount == invoice.Amount
            ? invoice.NetAmount - (earlier?.Net ?? 0)
            : Invoice.NetOf(amount, invoice.TaxRate);
        return (invoice.TaxRate, net);
    }

    /// <summary>Issues a credit note of <paramref name="amount"/> to <paramref name="customerId"/>, against <paramref name="invoice"/> if given.</summary>
    public static async Task<CreditNote> IssueAsync(WriteUnit w, int customerId, Invoice? invoice, decimal amount, string? reason, int? returnRequestId)
    {
        ArgumentNullException.ThrowIfNull(w);
        var applied = invoice is null ? 0 : Math.Min(amount, Math.Max(0, invoice.OpenAmount));
        var (rate, net) = await VatSplitAsync(w, invoice, amount);
        var note = new CreditNote
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.CreditNotes.AsNoTracking(), n => n.Number, "HZ", w.Today.Year, w.CancellationToken),
            CustomerId = customerId,
            ReturnRequestId = returnRequestId,
            InvoiceId = invoice?.Id,
            Amount = amount,
            TaxRate = rate,
            NetAmount = net,
            TaxAmount = amount - net,
            AppliedAmount = applied,
            Reason = reason,
            IssuedById = w.Caller.StaffId,
            IssuedOn = w.Today,
            CreatedAt = w.Now,
        };
        w.Db.CreditNotes.Add(note);
        if (invoice is not null)
        {
            invoice.Credit(applied, w.Today);
            invoice.Version++;
        }

        return note;
    }
}
