using GraphQL;
using SalesGraph.Calendar;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;

namespace SalesGraph.Billing;

/// <summary>An invoice.</summary>
public sealed class InvoiceGraphType : ObjectGraphType<Invoice>
{
    public InvoiceGraphType()
    {
        Name = "Invoice";
        Description = "An invoice (发票) issued against a contract; due on the issue date plus the payment term.";
        this.NodeId(i => i.Id);
        Field(i => i.Number).Description("Invoice number, unique.");
        Field(i => i.Amount).Description("Invoiced amount in CNY.");
        Field(i => i.PaidAmount).Description("Confirmed payments and receipt applications of this invoice, in CNY.");
        Field(i => i.CreditedAmount).Description("What credit notes against this invoice took off its open amount, in CNY.");
        Field(i => i.OpenAmount).Description("Receivable: amount − paid amount − credited amount (0 when void).");
        Field(i => i.Status).Description("OPEN, PARTLY_PAID, PAID or VOID, following the paid amount.");
        Field(i => i.Version).Description("Optimistic concurrency token, bumped whenever money is applied to it or taken off it.");
        Field(i => i.BuyerTaxNumber, nullable: true).Description("The buyer's taxpayer number (纳税人识别号).");
        Field(i => i.TaxRate).Description("VAT rate, e.g. 0.13.");
        Field(i => i.NetAmount).Description("Net amount (不含税金额): amount ÷ (1 + rate), rounded half away from zero to the fen.");
        Field(i => i.TaxAmount).Description("Tax amount (税额): amount − net amount; the amount is gross (价税合计).");
        Field(i => i.VoidedAt, nullable: true).Description("When it was voided (UTC); null unless VOID.");
        Field(i => i.VoidReason, nullable: true).Description("Why it was voided.");
        Field(i => i.IssuedOn).Description("Date issued.");
        Field(i => i.DueOn).Description("Date due: issued + payment term.");
        Field(i => i.SettledOn, nullable: true).Description("Date closed: paid in full, or voided.");
        Field<NonNullGraphType<IntGraphType>>("daysOverdue")
            .Description("Days past due by the business clock while OPEN or PARTLY_PAID (0 when not yet due, paid or void); filterable and sortable (where: { daysOverdue: { gte: 30 } }, order: [{ daysOverdue: DESC }]) against the same clock.")
            .WithMetadata(QueryableEntity.ReadsMetadataKey, new[] { nameof(Invoice.Status), nameof(Invoice.DueOn) })
            .WithMetadata(ComputedQueryField.MetadataKey, DaysOverdueQuery)
            .Resolve(c => DaysOverdue(c.Source, c.BusinessToday()));
        Field<ContractGraphType>("contract")
            .Description("The contract invoiced.")
            .Resolve(c => c.LoadById<Contract>(c.Source.ContractId));
        this.Connection<Invoice, Returns.CreditNoteGraphType>("creditNotes")
            .Description("Red-letter credit notes (红字发票) against this invoice.")
            .ResolveChildren(n => n.InvoiceId, parent => parent.Id, Returns.CreditNoteQueries.ById);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceShipmentGraphType>>>>("shipments")
            .Description("The delivered shipments this invoice bills and how much of each, in the order issued; empty for an invoice against the contract as a whole.")
            .Resolve(c => c.LoadComputed(c.Source.Id, ShipmentsAsync, (IReadOnlyList<InvoiceShipment>)[]));
        this.Connection<Invoice, PaymentGraphType>("payments")
            .Description("Payments matched to this invoice.")
            .ResolveChildren(p => p.InvoiceId, parent => parent.Id, PaymentQueries.ById);
    }

    /// <summary>
    /// <c>daysOverdue</c> in <c>where</c> and <c>order</c>: it is today − key, with key the due day of an open invoice past
    /// due and today for every other (a <c>CASE</c> over status and due day with today as a parameter), so it filters
    /// and sorts in SQL by the same business clock the field resolves with.
    /// </summary>
    private static readonly ComputedQueryField DaysOverdueQuery = new(typeof(int), services =>
    {
        var today = services.GetRequiredService<BusinessCalendar>().Today;
        System.Linq.Expressions.Expression<Func<Invoice, DateOnly>> key =
            i => (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid) && i.DueOn < today ? i.DueOn : today;
        return new ComputedQueryField.Binding(
            key,
            days => DateOnly.FromDayNumber((int)Math.Clamp((long)today.DayNumber - (int)days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
            Decreasing: true);
    });

    private static async Task<Dictionary<int, IReadOnlyList<InvoiceShipment>>> ShipmentsAsync(Data.SalesGraphDbContext db, int[] invoiceIds, CancellationToken ct) =>
        (await db.InvoiceShipments.AsNoTracking().Where(l => invoiceIds.Contains(l.InvoiceId)).OrderBy(l => l.Id).ToListAsync(ct))
        .GroupBy(l => l.InvoiceId).ToDictionary(g => g.Key, g => (IReadOnlyList<InvoiceShipment>)[.. g]);

    /// <summary>Days past due as of <paramref name="today"/> while something is open.</summary>
    public static int DaysOverdue(Invoice invoice, DateOnly today) =>
        invoice.Status is InvoiceStatus.Open or InvoiceStatus.PartlyPaid ? Math.Max(0, today.DayNumber - invoice.DueOn.DayNumber) : 0;
}
