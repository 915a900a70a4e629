using System.Linq.Expressions;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// One KPI read: whose row scope applies, the period, the <see cref="KpiFact"/> keys its sums are grouped by and the
/// filter; shared by the summary-table reads (<see cref="KpiReader"/>) and the tests' base-table reader, so both ask
/// the same question.
/// </summary>
public sealed class KpiRequest
{
    /// <summary>A request grouped by the keys behind <paramref name="groupBy"/>.</summary>
    /// <param name="caller">Whose row scope applies.</param>
    /// <param name="period">The period.</param>
    /// <param name="groupBy">The dimensions of the rows; none gives one total row.</param>
    /// <param name="filter">Narrowing inside the caller's scope.</param>
    public KpiRequest(Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(filter);
        (Caller, Period, GroupBy, Filter, Keys) = (caller, period, groupBy, filter, KeysOf(groupBy));
    }

    private KpiRequest(KpiRequest request, HashSet<string> keys) =>
        (Caller, Period, GroupBy, Filter, Keys) = (request.Caller, request.Period, request.GroupBy, request.Filter, keys);

    public Caller Caller { get; }

    public KpiPeriod Period { get; }

    public IReadOnlySet<KpiDimension> GroupBy { get; }

    public KpiFilter Filter { get; }

    /// <summary>The names of the <see cref="KpiFact"/> keys the sums are grouped by.</summary>
    public IReadOnlySet<string> Keys { get; }

    /// <summary>Only sales follow product lines: when rows are split or filtered by one, the other measures are left out.</summary>
    public bool ByProductLine => GroupBy.Contains(KpiDimension.ProductLine) || Filter.ProductLine is not null;

    /// <summary>Targets are set per region, rep and month: not per product line or customer grade.</summary>
    public bool WithTargets => !ByProductLine && !GroupBy.Contains(KpiDimension.CustomerGrade) && Filter.CustomerGrade is null;

    /// <summary>The same request, its sums also grouped by <paramref name="key"/> (a <see cref="KpiFact"/> key name).</summary>
    public KpiRequest AlsoBy(string key) => new(this, [.. Keys, key]);

    /// <summary>Groups <paramref name="rows"/> by the request's keys (<see cref="KpiGrouping.Group"/>).</summary>
    public IQueryable<KpiFact<TMeasures>> Group<T, TMeasures>(IQueryable<T> rows, Expression<Func<T, KpiFact<TMeasures>>> fact)
        where TMeasures : new() => KpiGrouping.Group(rows, Keys, fact);

    /// <summary>Targets are read at their finest level, the reps' monthly targets, so any grouping sums them.</summary>
    public IQueryable<KpiFact<TargetMeasures>> Targets(SalesGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (year, from, to) = (Period.Year, Period.From.Month, Period.To.Month);
        var targets = db.Scoped<Target>(Caller)
            .Where(t => t.Scope == TargetScope.Staff && t.Month != null && t.Year == year && t.Month >= from && t.Month <= to);
        if (Filter.RegionId is { } regionId)
        {
            targets = targets.Where(AccessMatrix.InSubtree<Target>(db.Regions, regionId));
        }

        if (Filter.StaffId is { } staffId)
        {
            targets = targets.Where(t => t.StaffId == staffId);
        }

        return Group(targets, t => new KpiFact<TargetMeasures>
        {
            RegionId = KpiRegions.TopLevelRegionId.Apply(t.Region, t.RegionId ?? 0),
            StaffId = t.StaffId ?? 0,
            Month = t.Month ?? 0,
            Measures = new TargetMeasures { SalesTarget = t.SalesAmount },
        });
    }

    /// <summary>Base rows narrowed by the filter through the contract they belong to.</summary>
    public IQueryable<T> Narrow<T>(SalesGraphDbContext db, IQueryable<T> rows, Expression<Func<T, Contract>> contract) =>
        Narrow(db, rows, contract, c => c.Customer!.Grade);

    /// <summary>Base rows narrowed by the filter through the customer they are booked to (shipments, customers).</summary>
    public IQueryable<T> NarrowByCustomer<T>(SalesGraphDbContext db, IQueryable<T> rows, Expression<Func<T, Customer>> customer) =>
        Narrow(db, rows, customer, c => c.Grade);

    private IQueryable<T> Narrow<T, TOwner>(
        SalesGraphDbContext db, IQueryable<T> rows, Expression<Func<T, TOwner>> owner, Expression<Func<TOwner, CustomerGrade>> gradeOf)
        where TOwner : IOwnedInRegion
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Filter.RegionId is { } regionId)
        {
            rows = rows.Where(RowScopes.Via(owner, AccessMatrix.InSubtree<TOwner>(db.Regions, regionId)));
        }

        if (Filter.StaffId is { } staffId)
        {
            rows = rows.Where(RowScopes.Via(owner, (TOwner o) => o.OwnerId == staffId));
        }

        if (Filter.CustomerGrade is { } grade)
        {
            var gradeIs = Expression.Lambda<Func<TOwner, bool>>(Expression.Equal(gradeOf.Body, Expression.Constant(grade)), gradeOf.Parameters);
            rows = rows.Where(RowScopes.Via(owner, gradeIs));
        }

        return rows;
    }

    private static HashSet<string> KeysOf(IReadOnlySet<KpiDimension> groupBy)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        if (groupBy.Contains(KpiDimension.Region))
        {
            keep.Add(nameof(KpiFact.RegionId));
        }

        if (groupBy.Contains(KpiDimension.Staff))
        {
            keep.Add(nameof(KpiFact.StaffId));
        }

        if (groupBy.Contains(KpiDimension.Month) || groupBy.Contains(KpiDimension.Quarter))
        {
            keep.Add(nameof(KpiFact.Month));
        }

        if (groupBy.Contains(KpiDimension.ProductLine))
        {
            keep.Add(nameof(KpiFact.ProductLine));
        }

        if (groupBy.Contains(KpiDimension.CustomerGrade))
        {
            keep.Add(nameof(KpiFact.Grade));
        }

        if (groupBy.Contains(KpiDimension.Customer))
        {
            keep.Add(nameof(KpiFact.CustomerId));
        }

        return keep;
    }
}
