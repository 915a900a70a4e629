using System.Linq.Expressions;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// Overdue receivables as dated changes, so a balance is a sum and months can be stored. The balance as of a day D
/// (the definition the tests' checking reader computes directly) counts an invoice from the day it is past due and issued,
/// <c>max(DueOn + 1, IssuedOn)</c>, until the day it is settled, less each payment on it from the later of that day and
/// the day the payment was received, and less the part of each credit note against it that lowered what it owes
/// (<see cref="CreditNote.AppliedAmount"/>) from the later of that day and the day the note was issued. Each such term adds its amount on its first day and takes it away on the settling
/// day, so the balance as of D is the sum of the changes dated on or before D.
/// The same changes counted from the issue day instead (<see cref="OpenFrom"/>) give the open receivables, past due or
/// not, as of a day: what DSO divides.
/// </summary>
public static class OverdueEvents
{
    /// <summary>The day an invoice counts in the overdue balance from: past due and issued.</summary>
    public static readonly Expression<Func<Invoice, DateOnly>> PastDueFrom = i => i.DueOn.AddDays(1) > i.IssuedOn ? i.DueOn.AddDays(1) : i.IssuedOn;

    /// <summary>The day an invoice counts in the open receivables from: its issue day.</summary>
    public static readonly Expression<Func<Invoice, DateOnly>> OpenFrom = i => i.IssuedOn;

    /// <summary>Invoices that were (or are) past due before being settled: only they have changes.</summary>
    public static readonly Expression<Func<Invoice, bool>> EverOverdue = i =>
        i.SettledOn == null || (i.DueOn.AddDays(1) > i.IssuedOn ? i.DueOn.AddDays(1) : i.IssuedOn) < i.SettledOn;

    /// <summary>The invoices' changes: + amount when past due, − amount when settled.</summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfInvoices(IQueryable<Invoice> invoices) => OfInvoices(invoices, PastDueFrom);

    /// <summary>The invoices' changes of a balance that counts an invoice <paramref name="from"/> a day until settled.</summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfInvoices(IQueryable<Invoice> invoices, Expression<Func<Invoice, DateOnly>> from)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var dated = invoices.Select(i => new
        {
            Invoice = i,
            Overdue = from.Apply(i),
        });
        yield return Keyed(dated.Where(x => x.Invoice.SettledOn == null || x.Overdue < x.Invoice.SettledOn)
            .Select(x => new Dated { Contract = x.Invoice.Contract, On = x.Overdue, Amount = x.Invoice.Amount }));
        yield return Keyed(dated.Where(x => x.Invoice.SettledOn != null && x.Overdue < x.Invoice.SettledOn)
            .Select(x => new Dated { Contract = x.Invoice.Contract, On = x.Invoice.SettledOn!.Value, Amount = -x.Invoice.Amount }));
    }

    /// <summary>
    /// The payments' changes (by the payment's contract): − amount once both received and past due, + amount back when
    /// the invoice is settled.
    /// </summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfPayments(IQueryable<Payment> payments) => OfPayments(payments, PastDueFrom);

    /// <summary>The payments' changes of a balance that counts an invoice <paramref name="from"/> a day until settled.</summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfPayments(IQueryable<Payment> payments, Expression<Func<Invoice, DateOnly>> from)
    {
        ArgumentNullException.ThrowIfNull(payments);
        return OfReductions(payments.Where(p => p.InvoiceId != null)
            .Select(p => new Reduction { Invoice = p.Invoice, Contract = p.Contract, On = p.ReceivedOn, Amount = p.Amount }), from);
    }

    /// <summary>
    /// The credit notes' changes against their invoices (by the invoice's contract), as payments': − the applied amount
    /// once both issued and past due, + it back when the invoice is settled.
    /// </summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfCreditNotes(IQueryable<CreditNote> notes) => OfCreditNotes(notes, PastDueFrom);

    /// <summary>The credit notes' changes of a balance that counts an invoice <paramref name="from"/> a day until settled.</summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfCreditNotes(IQueryable<CreditNote> notes, Expression<Func<Invoice, DateOnly>> from)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return OfReductions(notes.Where(n => n.InvoiceId != null && n.AppliedAmount != 0)
            .Select(n => new Reduction { Invoice = n.Invoice, Contract = n.Invoice!.Contract, On = n.IssuedOn, Amount = n.AppliedAmount }), from);
    }

    /// <summary>What lowers an invoice's balance from a day on: − amount from the later of that day and the day it is past due, until settled.</summary>
    private static IEnumerable<IQueryable<OverdueEvent>> OfReductions(IQueryable<Reduction> reductions, Expression<Func<Invoice, DateOnly>> from)
    {
        var dated = reductions.Select(r => new
        {
            Reduction = r,
            r.Invoice!.SettledOn,
            Overdue = from.Apply(r.Invoice),
        }).Select(x => new
        {
            x.Reduction,
            x.SettledOn,
            Counted = x.Reduction.On > x.Overdue ? x.Reduction.On : x.Overdue,
        });
        yield return Keyed(dated.Where(x => x.SettledOn == null || x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Reduction.Contract, On = x.Counted, Amount = -x.Reduction.Amount }));
        yield return Keyed(dated.Where(x => x.SettledOn != null && x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Reduction.Contract, On = x.SettledOn!.Value, Amount = x.Reduction.Amount }));
    }

    /// <summary>The changes with their contract's keys; <c>from.Apply</c> inlined (<see cref="KpiExpressions.Expand{T}"/>).</summary>
    private static IQueryable<OverdueEvent> Keyed(IQueryable<Dated> changes)
    {
        var keyed = changes.Select(d => new OverdueEvent
        {
            RegionId = d.Contract!.RegionId,
            OwnerId = d.Contract.OwnerId,
            Grade = d.Contract.Customer!.Grade,
            On = d.On,
            Amount = d.Amount,
        });
        return keyed.Provider.CreateQuery<OverdueEvent>(KpiExpressions.Expand(keyed.Expression));
    }

    private sealed class Reduction
    {
        public Invoice? Invoice { get; init; }

        public Contract? Contract { get; init; }

        public DateOnly On { get; init; }

        public decimal Amount { get; init; }
    }

    private sealed class Dated
    {
        public Contract? Contract { get; init; }

        public DateOnly On { get; init; }

        public decimal Amount { get; init; }
    }
}
