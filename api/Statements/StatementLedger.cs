using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Statements;

/// <summary>
/// The customer ledger a statement reads (decision 024), one definition for balances and lines: a customer's balance
/// on a day is every invoice issued by then, less invoices voided by then, credit notes issued by then, receipts
/// received by then, and confirmed payments without a receipt matched to an invoice (received by then). At any day it
/// equals the customer's open items: open invoices less unapplied receipts and unapplied credits.
/// </summary>
public static class StatementLedger
{
    /// <summary>One document as it moves a customer's balance.</summary>
    public sealed record Movement(int CustomerId, StatementLineKind Kind, string Number, DateOnly On, decimal Amount, int DocumentId);

    /// <summary>Every customer's balance at the end of <paramref name="day"/> (customers with none are absent).</summary>
    public static async Task<Dictionary<int, decimal>> BalancesAsync(SalesGraphDbContext db, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var balances = new Dictionary<int, decimal>();
        void Add(IEnumerable<(int Customer, decimal Amount)> rows, int sign)
        {
            foreach (var (customer, amount) in rows)
            {
                balances[customer] = balances.GetValueOrDefault(customer) + (sign * amount);
            }
        }

        Add((await db.Invoices.AsNoTracking().Where(i => i.IssuedOn <= day)
            .GroupBy(i => i.Contract!.CustomerId).Select(g => new { g.Key, Sum = g.Sum(i => i.Amount) }).ToListAsync(ct)).Select(r => (r.Key, r.Sum)), 1);
        Add((await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Void && i.SettledOn != null && i.SettledOn <= day)
            .GroupBy(i => i.Contract!.CustomerId).Select(g => new { g.Key, Sum = g.Sum(i => i.Amount) }).ToListAsync(ct)).Select(r => (r.Key, r.Sum)), -1);
        Add((await db.CreditNotes.AsNoTracking().Where(n => n.IssuedOn <= day)
            .GroupBy(n => n.CustomerId).Select(g => new { g.Key, Sum = g.Sum(n => n.Amount) }).ToListAsync(ct)).Select(r => (r.Key, r.Sum)), -1);
        Add((await db.Receipts.AsNoTracking().Where(r => r.ReceivedOn <= day)
            .GroupBy(r => r.CustomerId).Select(g => new { g.Key, Sum = g.Sum(r => r.Amount) }).ToListAsync(ct)).Select(r => (r.Key, r.Sum)), -1);
        Add((await UnreceiptedPayments(db).Where(p => p.ReceivedOn <= day)
            .GroupBy(p => p.Contract!.CustomerId).Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) }).ToListAsync(ct)).Select(r => (r.Key, r.Sum)), -1);
        return balances;
    }

    /// <summary>Every document dated from <paramref name="from"/> to <paramref name="to"/>, in ledger order per customer.</summary>
    public static async Task<List<Movement>> MovementsAsync(SalesGraphDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var movements = new List<Movement>();
        movements.AddRange((await db.Invoices.AsNoTracking().Where(i => i.IssuedOn >= from && i.IssuedOn <= to)
                .Select(i => new { i.Contract!.CustomerId, i.Number, i.IssuedOn, i.Amount, i.Id }).ToListAsync(ct))
            .Select(i => new Movement(i.CustomerId, StatementLineKind.Invoice, i.Number, i.IssuedOn, i.Amount, i.Id)));
        movements.AddRange((await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Void && i.SettledOn >= from && i.SettledOn <= to)
                .Select(i => new { i.Contract!.CustomerId, i.Number, On = i.SettledOn!.Value, i.Amount, i.Id }).ToListAsync(ct))
            .Select(i => new Movement(i.CustomerId, StatementLineKind.InvoiceVoided, i.Number, i.On, -i.Amount, i.Id)));
        movements.AddRange((await db.CreditNotes.AsNoTracking().Where(n => n.IssuedOn >= from && n.IssuedOn <= to)
                .Select(n => new { n.CustomerId, n.Number, n.IssuedOn, n.Amount, n.Id }).ToListAsync(ct))
            .Select(n => new Movement(n.CustomerId, StatementLineKind.CreditNote, n.Number, n.IssuedOn, -n.Amount, n.Id)));
        movements.AddRange((await db.Receipts.AsNoTracking().Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to)
                .Select(r => new { r.CustomerId, r.Number, r.ReceivedOn, r.Amount, r.Id }).ToListAsync(ct))
            .Select(r => new Movement(r.CustomerId, StatementLineKind.Receipt, r.Number, r.ReceivedOn, -r.Amount, r.Id)));
        movements.AddRange((await UnreceiptedPayments(db).Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to)
                .Select(p => new { p.Contract!.CustomerId, p.Number, p.ReceivedOn, p.Amount, p.Id }).ToListAsync(ct))
            .Select(p => new Movement(p.CustomerId, StatementLineKind.Payment, p.Number, p.ReceivedOn, -p.Amount, p.Id)));
        return [.. movements.OrderBy(m => m.CustomerId).ThenBy(m => m.On).ThenBy(m => m.Kind).ThenBy(m => m.Number, StringComparer.Ordinal).ThenBy(m => m.DocumentId)];
    }

    /// <summary>Payments recorded per contract (not receipt applications) that count: confirmed and matched to an invoice.</summary>
    private static IQueryable<Payment> UnreceiptedPayments(SalesGraphDbContext db) =>
        db.Payments.AsNoTracking().Where(p => p.ReceiptId == null && p.InvoiceId != null && p.ConfirmedAt != null);
}
