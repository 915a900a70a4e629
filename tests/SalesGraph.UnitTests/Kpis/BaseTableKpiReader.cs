using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.Testing.Kpis;

/// <summary>
/// The KPI rows computed from the base tables, one GROUP BY per measure of <see cref="KpiMeasures"/> (the definitions
/// the summary tables are built from) and two per overdue balance, which is computed directly as of its day here rather
/// than from dated changes: what <see cref="KpiReader.ReadAsync"/> must equal. Minutes on a million contracts; for tests.
/// Shared by the unit and integration tests (the integration project links this file).
/// </summary>
public sealed class BaseTableKpiReader(IDbContextFactory<SalesGraphDbContext> factory)
{
    /// <summary>The rows <see cref="KpiReader.ReadAsync"/> gives for the same arguments, from the base tables.</summary>
    public async Task<IReadOnlyList<KpiRow>> ReadAsync(
        Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly today, CancellationToken ct)
    {
        var request = new KpiRequest(caller, period, groupBy, filter);
        var q = new Queries(request);
        var sales = Run<SalesMeasures>(request.ByProductLine ? q.SalesByLine : db => q.InPeriod(db, KpiMeasures.Sales, c => c), ct);
        var targets = request.WithTargets ? Run(request.Targets, ct) : Empty<TargetMeasures>();
        Task<List<KpiFact<FlowMeasures>>> collected = Empty<FlowMeasures>(), due = Empty<FlowMeasures>(), newCustomers = Empty<FlowMeasures>(),
            atStart = Empty<FlowMeasures>(), shipments = Empty<FlowMeasures>(), onTime = Empty<FlowMeasures>(), returns = Empty<FlowMeasures>();
        var overdue = new List<Task<List<KpiFact<PastDue>>>>();
        var receivables = new List<Task<List<KpiFact<PastDue>>>>();
        var invoiced = Empty<FlowMeasures>();
        var overdueMonths = new List<int>();
        if (!request.ByProductLine)
        {
            collected = Run(db => q.InPeriod(db, KpiMeasures.Collected, p => p.Contract!), ct);
            due = Run(db => q.InPeriod(db, KpiMeasures.FallingDue, i => i.Contract!), ct);
            invoiced = Run(db => q.InPeriod(db, KpiMeasures.Invoiced, i => i.Contract!), ct);
            newCustomers = Run(q.NewCustomers, ct);
            atStart = Run(q.CustomersAtStart, ct);
            shipments = Run(db => q.InPeriodByCustomer(db, KpiMeasures.Shipments, s => s.Customer!), ct);
            onTime = shipments;
            returns = Run(db => q.InPeriod(db, KpiMeasures.Returns, n => n.ReturnRequest!.Shipment!.Contract!), ct);
            foreach (var (month, asOf) in KpiReader.OverdueDates(period, groupBy, today))
            {
                overdueMonths.Add(month);
                overdue.Add(Run(db => q.Overdue(db, asOf, month).Invoiced, ct));
                overdue.Add(Run(db => q.Overdue(db, asOf, month).Paid, ct));
                overdue.Add(Run(db => q.Overdue(db, asOf, month).Credited, ct));
                receivables.Add(Run(db => q.Overdue(db, asOf, month, pastDueOnly: false).Invoiced, ct));
                receivables.Add(Run(db => q.Overdue(db, asOf, month, pastDueOnly: false).Paid, ct));
                receivables.Add(Run(db => q.Overdue(db, asOf, month, pastDueOnly: false).Credited, ct));
            }
        }

        List<KpiFact<ComplaintMeasures>> complaints = [];
        List<KpiFact<FunnelMeasures>> funnel = [];
        List<KpiFact<VisitComplianceMeasures>> compliance = [];
        if (!request.ByProductLine)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            complaints = await ComplaintResponses.ReadAsync(db, request, ct);
            funnel = await FunnelFacts.ReadAsync(db, request, ct);
            compliance = await VisitCompliance.ReadAsync(db, request, today, new SalesGraph.FieldWork.ContactCadenceOptions(), SalesGraph.Calendar.BusinessTimeZone.Default, ct);
        }

        var sources = new KpiSources
        {
            Complaints = complaints,
            Funnel = funnel,
            VisitCompliance = compliance,
            Sales = await sales,
            Targets = await targets,
            Collected = await collected,
            FallingDue = await due,
            NewCustomers = await newCustomers,
            CustomersAtStart = await atStart,
            Shipments = await shipments,
            OnTimeShipments = await onTime,
            Returns = await returns,
            Overdue = [.. (await Task.WhenAll(overdue)).SelectMany(f => f).Select(f => new KpiFact<OverdueMeasures>
            {
                RegionId = f.RegionId, StaffId = f.StaffId, Month = f.Month, Grade = f.Grade,
                Measures = new OverdueMeasures { Balance = f.Measures.Invoiced - f.Measures.Paid },
            })],
            OverdueMonths = overdueMonths,
            Invoiced = await invoiced,
            Receivables = [.. (await Task.WhenAll(receivables)).SelectMany(f => f).Select(f => new KpiFact<OverdueMeasures>
            {
                RegionId = f.RegionId, StaffId = f.StaffId, Month = f.Month, Grade = f.Grade,
                Measures = new OverdueMeasures { Balance = f.Measures.Invoiced - f.Measures.Paid },
            })],
            DaysToAsOf = request.ByProductLine ? new Dictionary<int, int>() : KpiReader.DaysToAsOf(period, groupBy, KpiReader.OverdueDates(period, groupBy, today)),
        };
        return KpiCalculator.Compute(groupBy, sources, request.ByProductLine, request.WithTargets);
    }

    private async Task<List<KpiFact<TMeasures>>> Run<TMeasures>(Func<SalesGraphDbContext, IQueryable<KpiFact<TMeasures>>> query, CancellationToken ct)
        where TMeasures : new()
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await query(db).ToListAsync(ct);
    }

    private static Task<List<KpiFact<TMeasures>>> Empty<TMeasures>()
        where TMeasures : new() => Task.FromResult(new List<KpiFact<TMeasures>>());

    /// <summary>Past due and not settled at a day: the invoiced amounts and what had been paid on them by then.</summary>
    private sealed class PastDue
    {
        public decimal Invoiced { get; init; }

        public decimal Paid { get; init; }
    }

    private sealed class Queries(KpiRequest request)
    {
        private readonly DateOnly from = request.Period.From;
        private readonly DateOnly to = request.Period.To;

        /// <summary>The measure of the base rows in the caller's scope, narrowed and in the period, per KPI row key.</summary>
        public IQueryable<KpiFact<TMeasures>> InPeriod<TRow, TMeasures>(
            SalesGraphDbContext db, KpiMeasure<TRow, TMeasures> measure, Expression<Func<TRow, Contract>> contract)
            where TRow : class
            where TMeasures : new() => measure.Group(
                request.Narrow(db, db.Scoped<TRow>(request.Caller), contract).Where(measure.FallingOn(d => d >= from && d <= to)),
                request.Keys,
                ByMonth<TMeasures>());

        /// <summary>As <see cref="InPeriod"/>, for rows booked to their customer.</summary>
        public IQueryable<KpiFact<TMeasures>> InPeriodByCustomer<TRow, TMeasures>(
            SalesGraphDbContext db, KpiMeasure<TRow, TMeasures> measure, Expression<Func<TRow, Customer>> customer)
            where TRow : class
            where TMeasures : new() => measure.Group(
                request.NarrowByCustomer(db, db.Scoped<TRow>(request.Caller), customer).Where(measure.FallingOn(d => d >= from && d <= to)),
                request.Keys,
                ByMonth<TMeasures>());

        public IQueryable<KpiFact<FlowMeasures>> NewCustomers(SalesGraphDbContext db) => KpiMeasures.NewCustomers.Group(
            NarrowCustomers(db).Where(KpiMeasures.NewCustomers.FallingOn(d => d >= from && d <= to)), request.Keys, ByMonth<FlowMeasures>());

        public IQueryable<KpiFact<FlowMeasures>> CustomersAtStart(SalesGraphDbContext db) => KpiMeasures.NewCustomers.Group(
            NarrowCustomers(db).Where(KpiMeasures.NewCustomers.FallingOn(d => d < from)), request.Keys, (b, on, m) => new KpiFact<FlowMeasures>
            {
                RegionId = KpiRegions.TopLevelRegionId.Apply(b.Region, b.RegionId), StaffId = b.OwnerId, Month = 0, Grade = b.Grade, Measures = m,
            });

        public IQueryable<KpiFact<SalesMeasures>> SalesByLine(SalesGraphDbContext db)
        {
            var lines = request.Narrow(db, db.Scoped<ContractLine>(request.Caller), l => l.Contract!)
                .Where(l => l.Contract!.SignedOn >= from && l.Contract.SignedOn <= to);
            if (request.Filter.ProductLine is { } line)
            {
                lines = lines.Where(l => l.Product!.ProductLine == line);
            }

            var byLine = from x in KpiMeasures.SalesByLine(lines) join r in db.Regions on x.RegionId equals r.Id select new { Sales = x, Region = r };
            return request.Group(byLine, y => new KpiFact<SalesMeasures>
            {
                RegionId = KpiRegions.TopLevelRegionId.Apply(y.Region, y.Sales.RegionId), StaffId = y.Sales.OwnerId, Month = y.Sales.Month, Grade = y.Sales.Grade,
                ProductLine = y.Sales.ProductLine, Measures = KpiMeasures.LineSales.Apply(y.Sales),
            });
        }

        /// <summary>
        /// Past due and not settled at <paramref name="asOf"/> (labelled <paramref name="month"/>): the balance is Invoiced − Paid,
        /// credit notes' applied amounts counted as paid.
        /// </summary>
        public (IQueryable<KpiFact<PastDue>> Invoiced, IQueryable<KpiFact<PastDue>> Paid, IQueryable<KpiFact<PastDue>> Credited) Overdue(
            SalesGraphDbContext db, DateOnly asOf, int month, bool pastDueOnly = true)
        {
            var invoices = request.Group(
                request.Narrow(db, db.Scoped<Invoice>(request.Caller), i => i.Contract!)
                    .Where(i => (!pastDueOnly || i.DueOn < asOf) && i.IssuedOn <= asOf && (i.SettledOn == null || i.SettledOn > asOf)),
                i => new KpiFact<PastDue>
                {
                    RegionId = KpiRegions.TopLevelRegionId.Apply(i.Contract!.Region, i.Contract.RegionId), StaffId = i.Contract.OwnerId, Month = month, Grade = i.Contract.Customer!.Grade,
                    Measures = new PastDue { Invoiced = i.Amount },
                });
            var paid = request.Group(
                request.Narrow(db, db.Scoped<Payment>(request.Caller), p => p.Contract!)
                    .Where(p => p.ReceivedOn <= asOf && (!pastDueOnly || p.Invoice!.DueOn < asOf) && p.Invoice!.IssuedOn <= asOf
                        && (p.Invoice.SettledOn == null || p.Invoice.SettledOn > asOf)),
                p => new KpiFact<PastDue>
                {
                    RegionId = KpiRegions.TopLevelRegionId.Apply(p.Contract!.Region, p.Contract.RegionId), StaffId = p.Contract.OwnerId, Month = month, Grade = p.Contract.Customer!.Grade,
                    Measures = new PastDue { Paid = p.Amount },
                });
            var credited = request.Group(
                request.Narrow(db, db.Scoped<CreditNote>(request.Caller).Where(n => n.InvoiceId != null), n => n.Invoice!.Contract!)
                    .Where(n => n.IssuedOn <= asOf && (!pastDueOnly || n.Invoice!.DueOn < asOf) && n.Invoice!.IssuedOn <= asOf
                        && (n.Invoice.SettledOn == null || n.Invoice.SettledOn > asOf)),
                n => new KpiFact<PastDue>
                {
                    RegionId = KpiRegions.TopLevelRegionId.Apply(n.Invoice!.Contract!.Region, n.Invoice.Contract.RegionId), StaffId = n.Invoice.Contract.OwnerId,
                    Month = month, Grade = n.Invoice.Contract.Customer!.Grade,
                    Measures = new PastDue { Paid = n.AppliedAmount },
                });
            return (invoices, paid, credited);
        }

        /// <summary>The keys of a KPI row: the 大区, the rep, the month a measure falls in, the grade.</summary>
        private static Expression<Func<KpiBooking, DateOnly, TMeasures, KpiFact<TMeasures>>> ByMonth<TMeasures>()
            where TMeasures : new() => (b, on, m) => new KpiFact<TMeasures>
            {
                RegionId = KpiRegions.TopLevelRegionId.Apply(b.Region, b.RegionId), StaffId = b.OwnerId, Month = on.Month, Grade = b.Grade, Measures = m,
            };

        private IQueryable<Customer> NarrowCustomers(SalesGraphDbContext db) => request.NarrowByCustomer(db, db.Scoped<Customer>(request.Caller), c => c);
    }
}
