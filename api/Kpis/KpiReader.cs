using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.FieldWork;
using Microsoft.Extensions.Options;
using SalesGraph.Calendar;

namespace SalesGraph.Kpis;

/// <summary>
/// Reads the grouped sums behind the KPIs, each query on its own context and starting from the caller's row scope, so
/// the scope stays in SQL and a manager's totals can only ever be made of its region's rows; <see cref="KpiCalculator"/>
/// merges them by key and computes the rates. <see cref="ReadAsync"/> reads the monthly summary tables
/// (<see cref="KpiSummaryQueries"/>), plus the targets and, for a balance as of a day inside a month, the daily overdue
/// changes of part of that month (<see cref="OverdueBalances"/>). The tests compute the same rows from the base tables
/// with the same measure definitions (<see cref="KpiMeasures"/>) and compare.
/// </summary>
public sealed class KpiReader(
    IDbContextFactory<SalesGraphDbContext> factory, IOptionsMonitor<ContactCadenceOptions>? cadence = null, BusinessCalendar? calendar = null)
{
    /// <summary>Computes the KPI rows of <paramref name="period"/> the caller may see, from the summary tables.</summary>
    /// <param name="caller">Whose row scope applies.</param>
    /// <param name="period">The period.</param>
    /// <param name="groupBy">The dimensions of the rows; none gives one total row.</param>
    /// <param name="filter">Narrowing inside the caller's scope.</param>
    /// <param name="today">Overdue receivables are never computed as of a later day.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IReadOnlyList<KpiRow>> ReadAsync(
        Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(groupBy);

        // By 片区: the sums are read by rep as well and each rep's row goes to the rep's own 片区 (decision 028).
        var bySubRegion = groupBy.Contains(KpiDimension.SubRegion);
        var readBy = bySubRegion ? groupBy.Append(KpiDimension.Staff).ToHashSet() : groupBy;
        var subRegions = bySubRegion ? await SubRegionsOfRepsAsync(ct) : null;
        var request = new KpiRequest(caller, period, readBy, filter);
        var q = new KpiSummaryQueries(request);
        if (request.ByProductLine)
        {
            var sources = new KpiSources { Sales = await Run(q.SalesByLine, ct) };
            return KpiCalculator.Compute(groupBy, sources, request.ByProductLine, request.WithTargets, subRegions);
        }

        // Month is always read: a balance as of a day inside the period needs the changes of the months before it.
        var monthly = new KpiSummaryQueries(request.AlsoBy(nameof(KpiFact.Month)));
        var targets = request.WithTargets ? Run(request.Targets, ct) : Task.FromResult(new List<KpiFact<TargetMeasures>>());
        var sales = Run(monthly.Sales, ct);
        var flows = Run(monthly.Flows, ct);
        var before = Run(q.BeforePeriod, ct);
        var complaints = ComplaintsAsync(request, ct);
        var funnel = FunnelAsync(request, ct);
        var compliance = VisitComplianceAsync(request, today, ct);
        var dates = OverdueDates(period, groupBy, today).ToList();
        var live = dates.Select(d => d.AsOf).Where(d => d != OverdueBalances.MonthEnd(d)).Distinct()
            .ToDictionary(d => d, d => Run(db => q.DailyOverdueChanges(db, OverdueBalances.LiveWindow(d)), ct));
        var flowFacts = await flows;
        var beforeFacts = await before;
        var liveFacts = new Dictionary<DateOnly, List<KpiFact<FlowMeasures>>>();
        foreach (var (day, changes) in live)
        {
            liveFacts[day] = await changes;
        }

        return KpiCalculator.Compute(groupBy, new KpiSources
        {
            Sales = [.. (await sales).Where(f => f.Measures.Contracts > 0)],
            Targets = await targets,
            Collected = [.. flowFacts.Where(f => f.Measures.Collected != 0)],
            FallingDue = [.. flowFacts.Where(f => f.Measures.FallingDue != 0)],
            NewCustomers = [.. flowFacts.Where(f => f.Measures.NewCustomers > 0)],
            CustomersAtStart = [.. beforeFacts.Where(f => f.Measures.NewCustomers > 0)],
            Shipments = [.. flowFacts.Where(f => f.Measures.Shipments > 0)],
            OnTimeShipments = [.. flowFacts.Where(f => f.Measures.OnTimeShipments > 0)],
            Returns = [.. flowFacts.Where(f => f.Measures.Returned != 0)],
            Complaints = await complaints,
            Funnel = await funnel,
            VisitCompliance = await compliance,
            Overdue = [.. dates.SelectMany(d => OverdueBalances.AsOf(d.Month, d.AsOf, beforeFacts, flowFacts, liveFacts.GetValueOrDefault(d.AsOf) ?? []))],
            OverdueMonths = [.. dates.Select(d => d.Month)],
            Invoiced = [.. flowFacts.Where(f => f.Measures.Invoiced != 0)],
            Receivables = [.. dates.SelectMany(d => OverdueBalances.ReceivablesAsOf(d.Month, d.AsOf, beforeFacts, flowFacts))],
            DaysToAsOf = DaysToAsOf(period, groupBy, dates),
        }, request.ByProductLine, request.WithTargets, subRegions);
    }

    /// <summary>Each rep's own region where it is a 片区 (a region with a parent); reps in a 大区 itself are left out.</summary>
    private async Task<Dictionary<int, int>> SubRegionsOfRepsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Staff.Where(s => s.RegionId != null && s.Region!.ParentId != null)
            .ToDictionaryAsync(s => s.Id, s => s.RegionId!.Value, ct);
    }

    /// <summary>
    /// Open receivables as they stood at the end of <paramref name="asOf"/> by age past due (docs/domain.md rule 4: 0–30,
    /// 31–60, 61–90, 90+ days counted to <paramref name="asOf"/>), per row of <paramref name="groupBy"/> (REGION,
    /// SUB_REGION, STAFF, CUSTOMER_GRADE, CUSTOMER), from the invoices themselves. An invoice counts when issued on or before
    /// <paramref name="asOf"/> and not settled (paid up, credited in full or voided) by then, with what was still open:
    /// its amount less the payments received (receipts applied count from their payment's day) and the credit notes' applied
    /// parts issued on or before <paramref name="asOf"/> — the terms of the KPI overdue balance (<see cref="OverdueEvents"/>),
    /// so the overdue buckets as of any day add up to it.
    /// </summary>
    public async Task<IReadOnlyList<AgingRow>> ReadAgingAsync(
        Caller caller, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(groupBy);

        // By 片区 as kpis are (decision 028): read by rep as well, each rep's rows go to the rep's own 片区.
        var bySubRegion = groupBy.Contains(KpiDimension.SubRegion);
        var readBy = bySubRegion ? groupBy.Append(KpiDimension.Staff).ToHashSet() : groupBy;
        var subRegions = bySubRegion ? await SubRegionsOfRepsAsync(ct) : null;
        var request = new KpiRequest(caller, new KpiPeriod(asOf.Year), readBy, filter ?? KpiFilter.None).AlsoBy(nameof(KpiFact.Bucket));
        var (d30, d60, d90) = (asOf.AddDays(-30), asOf.AddDays(-60), asOf.AddDays(-90));
        IQueryable<Invoice> Open(SalesGraphDbContext db) => request.Narrow(db, db.Scoped<Invoice>(caller), i => i.Contract!)
            .Where(i => i.IssuedOn <= asOf && (i.SettledOn == null || i.SettledOn > asOf));
        Expression<Func<Invoice, decimal, decimal, KpiFact<AgingMeasures>>> fact = (i, invoiced, paid) => new KpiFact<AgingMeasures>
        {
            RegionId = KpiRegions.TopLevelRegionId.Apply(i.Contract!.Region, i.Contract.RegionId),
            StaffId = i.Contract.OwnerId,
            CustomerId = i.Contract.CustomerId,
            Bucket = i.DueOn >= asOf ? AgingBucket.NotDue
                : i.DueOn >= d30 ? AgingBucket.Days0To30
                : i.DueOn >= d60 ? AgingBucket.Days31To60
                : i.DueOn >= d90 ? AgingBucket.Days61To90
                : AgingBucket.Over90Days,
            Grade = i.Contract.Customer!.Grade,
            Measures = new AgingMeasures { Invoiced = invoiced, Paid = paid },
        };
        IQueryable<KpiFact<AgingMeasures>> Of<T>(IQueryable<T> rows, Expression<Func<T, Invoice>> invoice, Expression<Func<T, decimal>> invoiced, Expression<Func<T, decimal>> paid) =>
            request.Group(rows, KpiExpressions.Compose<T, KpiFact<AgingMeasures>>(fact, invoice, invoiced, paid));

        var invoices = Run(db => Of(Open(db), i => i, i => i.Amount, i => 0m), ct);
        var paid = Run(
            db =>
            {
                var open = Open(db).Select(i => (int?)i.Id);
                return Of(db.Payments.Where(p => p.ReceivedOn <= asOf && open.Contains(p.InvoiceId)), p => p.Invoice!, p => 0m, p => p.Amount);
            },
            ct);
        var credited = Run(
            db =>
            {
                // Credit notes lower what is owed by the part applied to the invoice.
                var open = Open(db).Select(i => (int?)i.Id);
                return Of(db.CreditNotes.Where(n => n.IssuedOn <= asOf && n.AppliedAmount != 0 && open.Contains(n.InvoiceId)), n => n.Invoice!, n => 0m, n => n.AppliedAmount);
            },
            ct);
        return AgingRow.From([.. await invoices, .. await paid, .. await credited], groupBy, subRegions);
    }

    /// <summary>
    /// Overdue receivables are a balance, not a flow: a month (or quarter) row shows them as of its last day, any other
    /// row as of the period's last day; never as of a day after <paramref name="today"/>, and not at all for rows that
    /// start after it.
    /// </summary>
    public static IEnumerable<(int Month, DateOnly AsOf)> OverdueDates(KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groupBy);
        DateOnly Cap(DateOnly d) => d < today ? d : today;
        if (groupBy.Contains(KpiDimension.Month))
        {
            return period.Months.Where(m => new DateOnly(period.Year, m, 1) <= today)
                .Select(m => (m, Cap(new DateOnly(period.Year, m, 1).AddMonths(1).AddDays(-1))));
        }

        if (groupBy.Contains(KpiDimension.Quarter))
        {
            return period.Months.Where(m => m % 3 == 0 && new DateOnly(period.Year, m - 2, 1) <= today)
                .Select(m => (m, Cap(new DateOnly(period.Year, m, 1).AddMonths(1).AddDays(-1))));
        }

        return period.From <= today ? [(period.To.Month, Cap(period.To))] : [];
    }

    /// <summary>
    /// DSO's days for each as-of date of <see cref="OverdueDates"/>: from the first day of its row's period (the month, the
    /// quarter, or the whole period) to the as-of date, both included.
    /// </summary>
    public static IReadOnlyDictionary<int, int> DaysToAsOf(KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, IEnumerable<(int Month, DateOnly AsOf)> dates)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(dates);
        DateOnly StartOf(int month) => groupBy.Contains(KpiDimension.Month) ? new DateOnly(period.Year, month, 1)
            : groupBy.Contains(KpiDimension.Quarter) ? new DateOnly(period.Year, month - 2, 1)
            : period.From;
        return dates.ToDictionary(d => d.Month, d => d.AsOf.DayNumber - StartOf(d.Month).DayNumber + 1);
    }

    /// <summary>The complaint-response facts, from the complaints themselves (<see cref="ComplaintResponses"/>).</summary>
    public async Task<List<KpiFact<ComplaintMeasures>>> ComplaintsAsync(KpiRequest request, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ComplaintResponses.ReadAsync(db, request, ct);
    }

    /// <summary>The visit-compliance counts as of today, from the customers themselves (<see cref="VisitCompliance"/>).</summary>
    public async Task<List<KpiFact<VisitComplianceMeasures>>> VisitComplianceAsync(KpiRequest request, DateOnly today, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await VisitCompliance.ReadAsync(db, request, today, cadence?.CurrentValue ?? new ContactCadenceOptions(),
            calendar?.Zone ?? BusinessTimeZone.Default, ct);
    }

    /// <summary>The funnel's sums, from the opportunities themselves (<see cref="FunnelFacts"/>).</summary>
    public async Task<List<KpiFact<FunnelMeasures>>> FunnelAsync(KpiRequest request, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await FunnelFacts.ReadAsync(db, request, ct);
    }

    private async Task<List<KpiFact<TMeasures>>> Run<TMeasures>(Func<SalesGraphDbContext, IQueryable<KpiFact<TMeasures>>> query, CancellationToken ct)
        where TMeasures : new()
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await query(db).ToListAsync(ct);
    }
}
