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
/// </summary>
public static class OverdueEvents
{
    /// <summary>Invoices that were (or are) past due before being settled: only they have changes.</summary>
    public static readonly Expression<Func<Invoice, bool>> EverOverdue = i =>
        i.SettledOn == null || (i.DueOn.AddDays(1) > i.IssuedOn ? i.DueOn.AddDays(1) : i.IssuedOn) < i.SettledOn;

    /// <summary>The invoices' changes: + amount when past due, − amount when settled.</summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfInvoices(IQueryable<Invoice> invoices)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var dated = invoices.Select(i => new
        {
            Invoice = i,
            Overdue = i.DueOn.AddDays(1) > i.IssuedOn ? i.DueOn.AddDays(1) : i.IssuedOn,
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
    public static IEnumerable<IQueryable<OverdueEvent>> OfPayments(IQueryable<Payment> payments)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var dated = payments.Where(p => p.InvoiceId != null).Select(p => new
        {
            Payment = p,
            p.Invoice!.SettledOn,
            Overdue = p.Invoice.DueOn.AddDays(1) > p.Invoice.IssuedOn ? p.Invoice.DueOn.AddDays(1) : p.Invoice.IssuedOn,
        }).Select(x => new
        {
            x.Payment,
            x.SettledOn,
            Counted = x.Payment.ReceivedOn > x.Overdue ? x.Payment.ReceivedOn : x.Overdue,
        });
        yield return Keyed(dated.Where(x => x.SettledOn == null || x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Payment.Contract, On = x.Counted, Amount = -x.Payment.Amount }));
        yield return Keyed(dated.Where(x => x.SettledOn != null && x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Payment.Contract, On = x.SettledOn!.Value, Amount = x.Payment.Amount }));
    }

    /// <summary>
    /// The credit notes' changes against their invoices (by the invoice's contract), as payments: − the applied amount once
    /// both issued and past due, + it back when the invoice is settled.
    /// </summary>
    public static IEnumerable<IQueryable<OverdueEvent>> OfCreditNotes(IQueryable<CreditNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var dated = notes.Where(n => n.InvoiceId != null && n.AppliedAmount != 0).Select(n => new
        {
            Note = n,
            n.Invoice!.SettledOn,
            Overdue = n.Invoice.DueOn.AddDays(1) > n.Invoice.IssuedOn ? n.Invoice.DueOn.AddDays(1) : n.Invoice.IssuedOn,
        }).Select(x => new
        {
            x.Note,
            x.SettledOn,
            Counted = x.Note.IssuedOn > x.Overdue ? x.Note.IssuedOn : x.Overdue,
        });
        yield return Keyed(dated.Where(x => x.SettledOn == null || x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Note.Invoice!.Contract, On = x.Counted, Amount = -x.Note.AppliedAmount }));
        yield return Keyed(dated.Where(x => x.SettledOn != null && x.Counted < x.SettledOn)
            .Select(x => new Dated { Contract = x.Note.Invoice!.Contract, On = x.SettledOn!.Value, Amount = x.Note.AppliedAmount }));
    }

    private static IQueryable<OverdueEvent> Keyed(IQueryable<Dated> changes) => changes.Select(d => new OverdueEvent
    {
        RegionId = d.Contract!.RegionId,
        OwnerId = d.Contract.OwnerId,
        Grade = d.Contract.Customer!.Grade,
        On = d.On,
        Amount = d.Amount,
    });

    private sealed class Dated
    {
        public Contract? Contract { get; init; }

        public DateOnly On { get; init; }

        public decimal Amount { get; init; }
    }
}
