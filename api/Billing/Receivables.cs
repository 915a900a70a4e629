using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.Billing;

/// <summary>
/// A customer's open receivables (应收账款: invoiced − paid − credited by credit notes, against an invoice or on account; void invoices owe nothing), the one definition the
/// credit checks use — contract approval (rule 2), orders without contract (<c>isOverCredit</c>) and delivery notices
/// (finance's approval of goods beyond credit) — and the customer page shows (<c>Customer.openReceivables</c>).
/// Read unscoped: a credit check weighs everything the customer owes, not what the caller sees.
/// </summary>
public static class Receivables
{
    /// <summary>The customer's open receivables, in CNY.</summary>
    public static async Task<decimal> OpenAsync(SalesGraphDbContext db, int customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = await OfCustomersAsync(db, [customerId], cancellationToken);
        return open.GetValueOrDefault(customerId);
    }

    /// <summary>The open receivables of each of <paramref name="customerIds"/> (0 for those without any), in CNY.</summary>
    public static async Task<Dictionary<int, decimal>> OfCustomersAsync(SalesGraphDbContext db, IReadOnlyCollection<int> customerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        int[] ids = [.. customerIds];
        var invoiced = await db.Invoices.AsNoTracking().Where(i => EF.Parameter(ids).Contains(i.Contract!.CustomerId))
            .GroupBy(i => i.Contract!.CustomerId).Select(g => new { Customer = g.Key, Open = g.Sum(i => i.OpenAmount) })
            .ToListAsync(cancellationToken);
        var credited = await db.CreditNotes.AsNoTracking().Where(n => EF.Parameter(ids).Contains(n.CustomerId))
            .GroupBy(n => n.CustomerId).Select(g => new { Customer = g.Key, Amount = g.Sum(n => n.Amount - n.AppliedAmount) })
            .ToListAsync(cancellationToken);
        var open = ids.Distinct().ToDictionary(id => id, _ => 0m);
        foreach (var row in invoiced)
        {
            open[row.Customer] += row.Open;
        }

        foreach (var row in credited)
        {
            open[row.Customer] -= row.Amount;
        }

        return open;
    }
}
