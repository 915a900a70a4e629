using System.Linq.Expressions;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// The reads of the KPI summary tables (<see cref="KpiFacts"/>) for one request: the region rows when they serve, else
/// the rep rows, each starting from the caller's row scope and rolled up to the 大区.
/// </summary>
internal sealed class KpiSummaryQueries(KpiRequest request)
{
    private readonly KpiFilter filter = request.Filter;

    /// <summary>Whether the region rows serve: no rep key or filter, and a caller who sees whole regions.</summary>
    private bool ByRegion => AccessMatrix.OwnedRowScope(request.Caller) is RowScope.All or RowScope.Region
        && !request.Keys.Contains(nameof(KpiFact.StaffId)) && filter.StaffId is null;

    /// <summary>Sales of the period.</summary>
    public IQueryable<KpiFact<SalesMeasures>> Sales(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: false, f => new KpiFact<SalesMeasures>
    {
        RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), Month = f.Month, Grade = f.Grade,
        Measures = new SalesMeasures { Sales = f.SalesAmount, ListTotal = f.ListTotal, Cost = f.CostTotal, Contracts = f.ContractCount },
    });

    /// <summary>Everything else that happened in the period's months: one read for every flow measure.</summary>
    public IQueryable<KpiFact<FlowMeasures>> Flows(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: false, f => new KpiFact<FlowMeasures>
    {
        RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), Month = f.Month, Grade = f.Grade,
        Measures = new FlowMeasures
        {
            Collected = f.CollectedAmount, FallingDue = f.ReceivablesDue, OverdueChange = f.OverdueChange, NewCustomers = f.NewCustomers,
            Shipments = f.ShipmentCount, OnTimeShipments = f.OnTimeShipments, Returned = f.ReturnsAmount,
            Invoiced = f.InvoicedAmount, ReceivableChange = f.ReceivableChange,
        },
    });

    /// <summary>Before the period: the overdue and receivable changes (their balances at the start) and the customers won.</summary>
    public IQueryable<KpiFact<FlowMeasures>> BeforePeriod(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: true, f => new KpiFact<FlowMeasures>
    {
        RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), Month = f.Month, Grade = f.Grade,
        Measures = new FlowMeasures { OverdueChange = f.OverdueChange, NewCustomers = f.NewCustomers, ReceivableChange = f.ReceivableChange },
    });

    /// <summary>Sales of the period by product line.</summary>
    public IQueryable<KpiFact<SalesMeasures>> SalesByLine(SalesGraphDbContext db)
    {
        var rows = NarrowOwner(NarrowFacts(db, db.Scoped<KpiProductLineFact>(request.Caller), beforePeriod: false));
        if (filter.ProductLine is { } line)
        {
            rows = rows.Where(f => f.ProductLine == line);
        }

        return request.Group(rows, f => new KpiFact<SalesMeasures>
        {
            RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), StaffId = f.OwnerId, Month = f.Month, Grade = f.Grade, ProductLine = f.ProductLine,
            Measures = new SalesMeasures { Sales = f.SalesAmount, ListTotal = f.ListTotal, Cost = f.CostTotal, Contracts = f.ContractCount },
        });
    }

    /// <summary>
    /// The overdue changes dated in the window (after, through], from the daily summary rows: per region when they
    /// serve (at most a month of days × regions × grades), else per rep.
    /// </summary>
    public IQueryable<KpiFact<FlowMeasures>> DailyOverdueChanges(SalesGraphDbContext db, (DateOnly After, DateOnly Through) window)
    {
        var (after, through) = window;
        return ByRegion
            ? request.Group(
                NarrowKeys(db, db.Scoped<KpiRegionDailyOverdueFact>(request.Caller)).Where(f => f.On > after && f.On <= through),
                f => new KpiFact<FlowMeasures>
                {
                    RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), Grade = f.Grade, Measures = new FlowMeasures { OverdueChange = f.OverdueChange },
                })
            : request.Group(
                NarrowOwner(NarrowKeys(db, db.Scoped<KpiDailyOverdueFact>(request.Caller))).Where(f => f.On > after && f.On <= through),
                f => new KpiFact<FlowMeasures>
                {
                    RegionId = KpiRegions.TopLevelRegionId.Apply(f.Region, f.RegionId), StaffId = f.OwnerId, Grade = f.Grade,
                    Measures = new FlowMeasures { OverdueChange = f.OverdueChange },
                });
    }

    /// <summary>
    /// Groups the rep rows, or the region rows when they serve, with <paramref name="fact"/> (plus the rep key on rep
    /// rows); both have the same measures, and the region rows are the sums of the rep rows.
    /// </summary>
    private IQueryable<KpiFact<TMeasures>> MonthFacts<TMeasures>(
        SalesGraphDbContext db, bool beforePeriod, Expression<Func<KpiMonthlyMeasures, KpiFact<TMeasures>>> fact)
        where TMeasures : new() =>
        ByRegion
            ? request.Group(NarrowFacts(db, db.Scoped<KpiRegionMonthlyFact>(request.Caller), beforePeriod), Retyped<KpiRegionMonthlyFact, TMeasures>(fact, withStaff: false))
            : request.Group(NarrowOwner(NarrowFacts(db, db.Scoped<KpiMonthlyFact>(request.Caller), beforePeriod)), Retyped<KpiMonthlyFact, TMeasures>(fact, withStaff: true));

    private static Expression<Func<T, KpiFact<TMeasures>>> Retyped<T, TMeasures>(Expression<Func<KpiMonthlyMeasures, KpiFact<TMeasures>>> fact, bool withStaff)
        where T : KpiMonthlyMeasures
        where TMeasures : new()
    {
        var row = Expression.Parameter(typeof(T), "f");
        var init = (MemberInitExpression)new RowScopes.Substitute(fact.Parameters[0], row).Visit(fact.Body);
        var bindings = withStaff
            ? init.Bindings.Append(Expression.Bind(typeof(KpiFact).GetProperty(nameof(KpiFact.StaffId))!, Expression.Property(row, nameof(KpiMonthlyFact.OwnerId))))
            : init.Bindings;
        return Expression.Lambda<Func<T, KpiFact<TMeasures>>>(Expression.MemberInit(init.NewExpression, bindings), row);
    }

    private IQueryable<T> NarrowFacts<T>(SalesGraphDbContext db, IQueryable<T> rows, bool beforePeriod)
        where T : IKpiFactKeys
    {
        var (year, first, last) = (request.Period.Year, request.Period.From.Month, request.Period.To.Month);
        return NarrowKeys(db, beforePeriod
            ? rows.Where(f => f.Year < year || (f.Year == year && f.Month < first))
            : rows.Where(f => f.Year == year && f.Month >= first && f.Month <= last));
    }

    /// <summary>The region and grade filters on summary rows.</summary>
    private IQueryable<T> NarrowKeys<T>(SalesGraphDbContext db, IQueryable<T> rows)
        where T : IKpiRowKeys
    {
        if (filter.RegionId is { } regionId)
        {
            rows = rows.Where(AccessMatrix.InSubtree<T>(db.Regions, regionId));
        }

        if (filter.CustomerGrade is { } grade)
        {
            rows = rows.Where(f => f.Grade == grade);
        }

        return rows;
    }

    private IQueryable<T> NarrowOwner<T>(IQueryable<T> rows)
        where T : IOwnedInRegion => filter.StaffId is { } staffId ? rows.Where(f => f.OwnerId == staffId) : rows;
}
