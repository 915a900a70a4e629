using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// Reads the grouped sums behind the KPIs, each query on its own context and starting from the caller's row scope, so
/// the scope stays in SQL and a manager's totals can only ever be made of its region's rows; <see cref="KpiCalculator"/>
/// merges them by key and computes the rates. <see cref="ReadAsync"/> reads the monthly summary tables
/// (<see cref="KpiFacts"/>), plus the targets and, for a balance as of a day inside a month, the daily overdue changes of
/// part of that month; <see cref="ReadFromBaseTablesAsync"/> computes the same rows from the base tables, one GROUP BY
/// per measure, and is the definition the summary tables are tested against.
/// </summary>
public sealed class KpiReader(IDbContextFactory<SalesGraphDbContext> factory)
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
        var (byProductLine, withTargets) = Applicable(caller, period, groupBy, filter);
        var q = new Queries(caller, period, Sql(groupBy), filter);
        if (byProductLine)
        {
            var sources = new KpiSources { Sales = await Run(q.SalesByLineFacts, ct) };
            return KpiCalculator.Compute(groupBy, sources, byProductLine, withTargets);
        }

        // Month is always read: a balance as of a day inside the period needs the changes of the months before it.
        var monthly = new Queries(caller, period, [.. Sql(groupBy), nameof(KpiFact.Month)], filter);
        var targets = withTargets ? Run(q.Targets, ct) : Empty();
        var sales = Run(monthly.SalesFacts, ct);
        var flows = Run(monthly.FlowFacts, ct);
        var before = Run(q.BeforePeriodFacts, ct);
        var dates = OverdueDates(period, groupBy, today).ToList();
        var live = dates.Select(d => d.AsOf).Where(d => d != MonthEnd(d)).Distinct()
            .ToDictionary(d => d, d => Run(db => q.DailyOverdueChanges(db, LiveWindow(d)), ct));
        var flowFacts = await flows;
        var beforeFacts = await before;
        var liveFacts = new Dictionary<DateOnly, List<KpiFact>>();
        foreach (var (day, changes) in live)
        {
            liveFacts[day] = await changes;
        }

        return KpiCalculator.Compute(groupBy, new KpiSources
        {
            Sales = [.. (await sales).Where(f => f.Count > 0)],
            Targets = await targets,
            Collected = [.. flowFacts.Where(f => f.Amount != 0)],
            FallingDue = [.. flowFacts.Where(f => f.Amount2 != 0).Select(f => Measure(f, f.Amount2))],
            NewCustomers = [.. flowFacts.Where(f => f.Count > 0)],
            CustomersAtStart = [.. beforeFacts.Where(f => f.Count > 0)],
            Shipments = [.. flowFacts.Where(f => f.Count2 > 0).Select(f => Count(f, f.Count2))],
            OnTimeShipments = [.. flowFacts.Where(f => f.Count3 > 0).Select(f => Count(f, f.Count3))],
            Overdue = [.. dates.SelectMany(d => OverdueAsOf(d.Month, d.AsOf, beforeFacts, flowFacts, liveFacts.GetValueOrDefault(d.AsOf) ?? []))],
            OverdueMonths = [.. dates.Select(d => d.Month)],
        }, byProductLine, withTargets);
    }

    /// <summary>
    /// The KPI rows computed from the base tables, one GROUP BY per measure and two per overdue balance: what
    /// <see cref="ReadAsync"/> must equal. Minutes on a million contracts; for tests and checks.
    /// </summary>
    public async Task<IReadOnlyList<KpiRow>> ReadFromBaseTablesAsync(
        Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly today, CancellationToken ct)
    {
        var (byProductLine, withTargets) = Applicable(caller, period, groupBy, filter);
        var q = new Queries(caller, period, Sql(groupBy), filter);

        var sales = Run(byProductLine ? q.SalesByLine : q.Sales, ct);
        var targets = withTargets ? Run(q.Targets, ct) : Empty();
        Task<List<KpiFact>> collected = Empty(), due = Empty(), newCustomers = Empty(), atStart = Empty(), shipments = Empty(), onTime = Empty();
        var overdue = new List<Task<List<KpiFact>>>();
        var overdueMonths = new List<int>();
        if (!byProductLine)
        {
            collected = Run(q.Collected, ct);
            due = Run(q.FallingDue, ct);
            newCustomers = Run(q.NewCustomers, ct);
            atStart = Run(q.CustomersAtStart, ct);
            shipments = Run(q.Shipments, ct);
            onTime = Run(q.OnTimeShipments, ct);
            foreach (var (month, asOf) in OverdueDates(period, groupBy, today))
            {
                overdueMonths.Add(month);
                overdue.Add(Run(db => q.Overdue(db, asOf, month).Invoiced, ct));
                overdue.Add(Run(db => q.Overdue(db, asOf, month).Paid, ct));
            }
        }

        var sources = new KpiSources
        {
            Sales = await sales,
            Targets = await targets,
            Collected = await collected,
            FallingDue = await due,
            NewCustomers = await newCustomers,
            CustomersAtStart = await atStart,
            Shipments = await shipments,
            OnTimeShipments = await onTime,
            Overdue = [.. (await Task.WhenAll(overdue)).SelectMany(f => f)],
            OverdueMonths = overdueMonths,
        };
        return KpiCalculator.Compute(groupBy, sources, byProductLine, withTargets);
    }

    /// <summary>
    /// Open receivables as of <paramref name="today"/> by age past due (DOMAIN.md rule 4: 0–30, 31–60, 61–90, 90+ days),
    /// per row of <paramref name="groupBy"/> (region, staff and customer grade only).
    /// </summary>
    public async Task<IReadOnlyList<AgingRow>> ReadAgingAsync(
        Caller caller, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(groupBy);
        var keys = Sql(groupBy);
        keys.Add(nameof(KpiFact.Month));
        var q = new Queries(caller, new KpiPeriod(today.Year), keys, filter ?? KpiFilter.None);
        var facts = await Run(db => q.Aging(db, today), ct);
        return AgingRow.From(facts, groupBy);
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

    /// <summary>Which measures a grouping has: only sales follow product lines; targets are set per region, rep and month.</summary>
    private static (bool ByProductLine, bool WithTargets) Applicable(Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(filter);
        var byProductLine = groupBy.Contains(KpiDimension.ProductLine) || filter.ProductLine is not null;
        return (byProductLine, !byProductLine && !groupBy.Contains(KpiDimension.CustomerGrade) && filter.CustomerGrade is null);
    }

    /// <summary>
    /// Each row's overdue balance as of <paramref name="asOf"/> (labelled <paramref name="month"/>): the changes before
    /// the period, plus those of the period's months up to <paramref name="asOf"/>'s, corrected by <paramref name="live"/>,
    /// the changes of the <see cref="LiveWindow"/> when <paramref name="asOf"/> is not a month's last day.
    /// </summary>
    private static IEnumerable<KpiFact> OverdueAsOf(int month, DateOnly asOf, IEnumerable<KpiFact> before, IEnumerable<KpiFact> flows, IEnumerable<KpiFact> live)
    {
        // From the month's end (its last day included) when the window lies after asOf, else from the previous month's end.
        var fromMonthEnd = LiveWindow(asOf).After == asOf;
        var through = fromMonthEnd ? asOf.Month : asOf.Month - 1;
        var sign = fromMonthEnd ? -1 : 1;
        return before.Select(f => (Fact: f, Change: f.Amount3))
            .Concat(flows.Where(f => f.Month <= through).Select(f => (Fact: f, Change: f.Amount3)))
            .Concat(live.Select(f => (Fact: f, Change: sign * f.Amount)))
            .GroupBy(x => (x.Fact.RegionId, x.Fact.StaffId, x.Fact.Grade), x => x.Change)
            .Select(g => new KpiFact { RegionId = g.Key.RegionId, StaffId = g.Key.StaffId, Grade = g.Key.Grade, Month = month, Amount = g.Sum() })
            .Where(f => f.Amount != 0);
    }

    /// <summary>
    /// The days whose overdue changes are read from the daily summary rows for a balance as of <paramref name="asOf"/>
    /// inside a month: the month's days up to it (added to the balance at the previous month's end), or, in the second
    /// half of the month, the days after it (taken from the balance at the month's end) — whichever is fewer.
    /// </summary>
    private static (DateOnly After, DateOnly Through) LiveWindow(DateOnly asOf)
    {
        var end = MonthEnd(asOf);
        return end.DayNumber - asOf.DayNumber < asOf.Day ? (asOf, end) : (MonthStart(asOf).AddDays(-1), asOf);
    }

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly MonthEnd(DateOnly day) => MonthStart(day).AddMonths(1).AddDays(-1);

    private static KpiFact Measure(KpiFact keys, decimal amount) => new()
    {
        Year = keys.Year, RegionId = keys.RegionId, StaffId = keys.StaffId, Month = keys.Month, Grade = keys.Grade, ProductLine = keys.ProductLine, Amount = amount,
    };

    private static KpiFact Count(KpiFact keys, int count) => new()
    {
        Year = keys.Year, RegionId = keys.RegionId, StaffId = keys.StaffId, Month = keys.Month, Grade = keys.Grade, ProductLine = keys.ProductLine, Count = count,
    };

    private async Task<List<KpiFact>> Run(Func<SalesGraphDbContext, IQueryable<KpiFact>> query, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await query(db).ToListAsync(ct);
    }

    private static Task<List<KpiFact>> Empty() => Task.FromResult(new List<KpiFact>());

    private static HashSet<string> Sql(IReadOnlySet<KpiDimension> groupBy)
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

        return keep;
    }

    /// <summary>The queries of one request: each projects rows to a <see cref="KpiFact"/> and groups by the kept keys.</summary>
    private sealed class Queries(Caller caller, KpiPeriod period, HashSet<string> keys, KpiFilter filter)
    {
        private readonly DateOnly from = period.From;
        private readonly DateOnly to = period.To;

        /// <summary>Whether the region rows serve: no rep key or filter, and a caller who sees whole regions.</summary>
        private bool ByRegion => AccessMatrix.OwnedRowScope(caller) is RowScope.All or RowScope.Region
            && !keys.Contains(nameof(KpiFact.StaffId)) && filter.StaffId is null;

        /// <summary>Summary rows of the period: sales (agreed, list, cost totals; contract count).</summary>
        public IQueryable<KpiFact> SalesFacts(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: false, f => new KpiFact
        {
            RegionId = f.Region!.ParentId ?? f.RegionId, Month = f.Month, Grade = f.Grade,
            Amount = f.SalesAmount, Amount2 = f.ListTotal, Amount3 = f.CostTotal, Count = f.ContractCount,
        });

        /// <summary>
        /// Summary rows of the period: collected, falling due, overdue change (amounts); new customers, shipments, on-time
        /// shipments (counts).
        /// </summary>
        public IQueryable<KpiFact> FlowFacts(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: false, f => new KpiFact
        {
            RegionId = f.Region!.ParentId ?? f.RegionId, Month = f.Month, Grade = f.Grade,
            Amount = f.CollectedAmount, Amount2 = f.ReceivablesDue, Amount3 = f.OverdueChange, Count = f.NewCustomers, Count2 = f.ShipmentCount,
            Count3 = f.OnTimeShipments,
        });

        /// <summary>Summary rows before the period: the overdue changes (Amount3) and the customers won (Count).</summary>
        public IQueryable<KpiFact> BeforePeriodFacts(SalesGraphDbContext db) => MonthFacts(db, beforePeriod: true, f => new KpiFact
        {
            RegionId = f.Region!.ParentId ?? f.RegionId, Month = f.Month, Grade = f.Grade, Amount3 = f.OverdueChange, Count = f.NewCustomers,
        });

        /// <summary>Summary rows of the period by product line: sales only.</summary>
        public IQueryable<KpiFact> SalesByLineFacts(SalesGraphDbContext db)
        {
            var rows = NarrowOwner(NarrowFacts(db, db.Scoped<KpiProductLineFact>(caller), beforePeriod: false));
            if (filter.ProductLine is { } line)
            {
                rows = rows.Where(f => f.ProductLine == line);
            }

            return Group(rows, f => new KpiFact
            {
                RegionId = f.Region!.ParentId ?? f.RegionId, StaffId = f.OwnerId, Month = f.Month, Grade = f.Grade, ProductLine = f.ProductLine,
                Amount = f.SalesAmount, Amount2 = f.ListTotal, Amount3 = f.CostTotal, Count = f.ContractCount,
            });
        }

        /// <summary>
        /// The overdue changes dated in the window (after, through], from the daily summary rows: per region when they
        /// serve (at most a month of days × regions × grades), else per rep.
        /// </summary>
        public IQueryable<KpiFact> DailyOverdueChanges(SalesGraphDbContext db, (DateOnly After, DateOnly Through) window)
        {
            var (after, through) = window;
            return ByRegion
                ? Group(
                    NarrowKeys(db, db.Scoped<KpiRegionDailyOverdueFact>(caller)).Where(f => f.On > after && f.On <= through),
                    f => new KpiFact { RegionId = f.Region!.ParentId ?? f.RegionId, Grade = f.Grade, Amount = f.OverdueChange })
                : Group(
                    NarrowOwner(NarrowKeys(db, db.Scoped<KpiDailyOverdueFact>(caller))).Where(f => f.On > after && f.On <= through),
                    f => new KpiFact { RegionId = f.Region!.ParentId ?? f.RegionId, StaffId = f.OwnerId, Grade = f.Grade, Amount = f.OverdueChange });
        }

        /// <summary>
        /// Groups the rep rows, or the region rows when they serve, with <paramref name="fact"/> (plus the rep key on rep
        /// rows); both have the same measures, and the region rows are the sums of the rep rows.
        /// </summary>
        private IQueryable<KpiFact> MonthFacts(SalesGraphDbContext db, bool beforePeriod, Expression<Func<KpiMonthlyMeasures, KpiFact>> fact) =>
            ByRegion
                ? Group(NarrowFacts(db, db.Scoped<KpiRegionMonthlyFact>(caller), beforePeriod), Retyped<KpiRegionMonthlyFact>(fact, withStaff: false))
                : Group(NarrowOwner(NarrowFacts(db, db.Scoped<KpiMonthlyFact>(caller), beforePeriod)), Retyped<KpiMonthlyFact>(fact, withStaff: true));

        private static Expression<Func<T, KpiFact>> Retyped<T>(Expression<Func<KpiMonthlyMeasures, KpiFact>> fact, bool withStaff)
            where T : KpiMonthlyMeasures
        {
            var row = Expression.Parameter(typeof(T), "f");
            var init = (MemberInitExpression)new RowScopes.Substitute(fact.Parameters[0], row).Visit(fact.Body);
            var bindings = withStaff
                ? init.Bindings.Append(Expression.Bind(typeof(KpiFact).GetProperty(nameof(KpiFact.StaffId))!, Expression.Property(row, nameof(KpiMonthlyFact.OwnerId))))
                : init.Bindings;
            return Expression.Lambda<Func<T, KpiFact>>(Expression.MemberInit(init.NewExpression, bindings), row);
        }

        private IQueryable<T> NarrowFacts<T>(SalesGraphDbContext db, IQueryable<T> rows, bool beforePeriod)
            where T : IKpiFactKeys
        {
            var (year, first, last) = (period.Year, from.Month, to.Month);
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

        public IQueryable<KpiFact> Sales(SalesGraphDbContext db) =>
            Group(Narrow(db, db.Scoped<Contract>(caller), c => c).Where(KpiFacts.Counted).Where(c => c.SignedOn >= from && c.SignedOn <= to), c => new KpiFact
            {
                RegionId = c.Region!.ParentId ?? c.RegionId,
                StaffId = c.OwnerId,
                Month = c.SignedOn!.Value.Month,
                Grade = c.Customer!.Grade,
                Amount = c.AgreedTotal,
                Amount2 = c.ListTotal,
                Amount3 = c.CostTotal,
                Count = 1,
            });

        public IQueryable<KpiFact> SalesByLine(SalesGraphDbContext db)
        {
            var lines = Narrow(db, db.Scoped<ContractLine>(caller), l => l.Contract!)
                .Where(RowScopes.Via((ContractLine l) => l.Contract!, KpiFacts.Counted))
                .Where(l => l.Contract!.SignedOn >= from && l.Contract.SignedOn <= to);
            if (filter.ProductLine is { } line)
            {
                lines = lines.Where(l => l.Product!.ProductLine == line);
            }

            // A contract counts once per product line it has lines of.
            var perContract = lines.GroupBy(l => new
            {
                l.ContractId,
                RegionId = l.Contract!.Region!.ParentId ?? l.Contract.RegionId,
                StaffId = l.Contract.OwnerId,
                Month = l.Contract.SignedOn!.Value.Month,
                l.Contract.Customer!.Grade,
                l.Product!.ProductLine,
            }).Select(g => new
            {
                g.Key,
                Agreed = g.Sum(l => l.Quantity * l.AgreedUnitPrice),
                List = g.Sum(l => l.Quantity * l.ListUnitPrice),
                Cost = g.Sum(l => l.Quantity * l.UnitCost),
            });
            return Group(perContract, x => new KpiFact
            {
                RegionId = x.Key.RegionId,
                StaffId = x.Key.StaffId,
                Month = x.Key.Month,
                Grade = x.Key.Grade,
                ProductLine = x.Key.ProductLine,
                Amount = x.Agreed,
                Amount2 = x.List,
                Amount3 = x.Cost,
                Count = 1,
            });
        }

        public IQueryable<KpiFact> Collected(SalesGraphDbContext db) =>
            Group(Narrow(db, db.Scoped<Payment>(caller), p => p.Contract!).Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to), p => new KpiFact
            {
                RegionId = p.Contract!.Region!.ParentId ?? p.Contract.RegionId,
                StaffId = p.Contract.OwnerId,
                Month = p.ReceivedOn.Month,
                Grade = p.Contract.Customer!.Grade,
                Amount = p.Amount,
            });

        public IQueryable<KpiFact> FallingDue(SalesGraphDbContext db) =>
            Group(Narrow(db, db.Scoped<Invoice>(caller), i => i.Contract!).Where(i => i.DueOn >= from && i.DueOn <= to), i => new KpiFact
            {
                RegionId = i.Contract!.Region!.ParentId ?? i.Contract.RegionId,
                StaffId = i.Contract.OwnerId,
                Month = i.DueOn.Month,
                Grade = i.Contract.Customer!.Grade,
                Amount = i.Amount,
            });

        /// <summary>
        /// Past due and not settled at <paramref name="asOf"/>: the invoiced amounts (Amount) and what had been paid on
        /// them by then (Amount2); the balance is their difference.
        /// </summary>
        public (IQueryable<KpiFact> Invoiced, IQueryable<KpiFact> Paid) Overdue(SalesGraphDbContext db, DateOnly asOf, int month)
        {
            var invoices = Group(
                Narrow(db, db.Scoped<Invoice>(caller), i => i.Contract!)
                    .Where(i => i.DueOn < asOf && i.IssuedOn <= asOf && (i.SettledOn == null || i.SettledOn > asOf)),
                i => new KpiFact
                {
                    RegionId = i.Contract!.Region!.ParentId ?? i.Contract.RegionId,
                    StaffId = i.Contract.OwnerId,
                    Month = month,
                    Grade = i.Contract.Customer!.Grade,
                    Amount = i.Amount,
                });
            var paid = Group(
                Narrow(db, db.Scoped<Payment>(caller), p => p.Contract!)
                    .Where(p => p.ReceivedOn <= asOf && p.Invoice!.DueOn < asOf && p.Invoice.IssuedOn <= asOf
                        && (p.Invoice.SettledOn == null || p.Invoice.SettledOn > asOf)),
                p => new KpiFact
                {
                    RegionId = p.Contract!.Region!.ParentId ?? p.Contract.RegionId,
                    StaffId = p.Contract.OwnerId,
                    Month = month,
                    Grade = p.Contract.Customer!.Grade,
                    Amount2 = p.Amount,
                });
            return (invoices, paid);
        }

        /// <summary>Open invoices (not paid in full) by age bucket (in Month): 0 not yet due, 1 = 0–30 days past due … 4 = over 90.</summary>
        public IQueryable<KpiFact> Aging(SalesGraphDbContext db, DateOnly today)
        {
            var (d30, d60, d90) = (today.AddDays(-30), today.AddDays(-60), today.AddDays(-90));
            return Group(
                Narrow(db, db.Scoped<Invoice>(caller), i => i.Contract!).Where(i => i.PaidAmount < i.Amount),
                i => new KpiFact
                {
                    RegionId = i.Contract!.Region!.ParentId ?? i.Contract.RegionId,
                    StaffId = i.Contract.OwnerId,
                    Month = i.DueOn >= today ? 0 : i.DueOn >= d30 ? 1 : i.DueOn >= d60 ? 2 : i.DueOn >= d90 ? 3 : 4,
                    Grade = i.Contract.Customer!.Grade,
                    Amount = i.Amount,
                    Amount2 = i.PaidAmount,
                });
        }

        public IQueryable<KpiFact> NewCustomers(SalesGraphDbContext db) =>
            Group(NarrowCustomers(db).Where(c => c.FirstContractOn >= from && c.FirstContractOn <= to), c => new KpiFact
            {
                RegionId = c.Region!.ParentId ?? c.RegionId,
                StaffId = c.OwnerId,
                Month = c.FirstContractOn!.Value.Month,
                Grade = c.Grade,
                Count = 1,
            });

        public IQueryable<KpiFact> CustomersAtStart(SalesGraphDbContext db) =>
            Group(NarrowCustomers(db).Where(c => c.FirstContractOn < from), c => new KpiFact
            {
                RegionId = c.Region!.ParentId ?? c.RegionId,
                StaffId = c.OwnerId,
                Month = 0,
                Grade = c.Grade,
                Count = 1,
            });

        public IQueryable<KpiFact> Shipments(SalesGraphDbContext db) => ShipmentFacts(ShippedInPeriod(db));

        /// <summary>Shipments on time (<see cref="KpiFacts.OnTime"/>).</summary>
        public IQueryable<KpiFact> OnTimeShipments(SalesGraphDbContext db) => ShipmentFacts(ShippedInPeriod(db).Where(KpiFacts.OnTime));

        private IQueryable<Shipment> ShippedInPeriod(SalesGraphDbContext db) =>
            Narrow(db, db.Scoped<Shipment>(caller), s => s.Contract!)
                .Where(s => s.Status != ShipmentStatus.Cancelled && s.ShippedOn >= from && s.ShippedOn <= to);

        private IQueryable<KpiFact> ShipmentFacts(IQueryable<Shipment> shipments) => Group(shipments, s => new KpiFact
        {
            RegionId = s.Contract!.Region!.ParentId ?? s.Contract.RegionId,
            StaffId = s.Contract.OwnerId,
            Month = s.ShippedOn!.Value.Month,
            Grade = s.Contract.Customer!.Grade,
            Count = 1,
        });

        /// <summary>Targets are read at their finest level, the reps' monthly targets, so any grouping sums them.</summary>
        public IQueryable<KpiFact> Targets(SalesGraphDbContext db)
        {
            var targets = db.Scoped<Target>(caller)
                .Where(t => t.Scope == TargetScope.Staff && t.Month != null && t.Year == period.Year && t.Month >= from.Month && t.Month <= to.Month);
            if (filter.RegionId is { } regionId)
            {
                targets = targets.Where(AccessMatrix.InSubtree<Target>(db.Regions, regionId));
            }

            if (filter.StaffId is { } staffId)
            {
                targets = targets.Where(t => t.StaffId == staffId);
            }

            return Group(targets, t => new KpiFact
            {
                RegionId = t.Region!.ParentId ?? t.RegionId ?? 0,
                StaffId = t.StaffId ?? 0,
                Month = t.Month ?? 0,
                Amount = t.SalesAmount,
            });
        }

        private IQueryable<T> Narrow<T>(SalesGraphDbContext db, IQueryable<T> rows, Expression<Func<T, Contract>> contract)
        {
            if (filter.RegionId is { } regionId)
            {
                rows = rows.Where(RowScopes.Via(contract, AccessMatrix.InSubtree<Contract>(db.Regions, regionId)));
            }

            if (filter.StaffId is { } staffId)
            {
                rows = rows.Where(RowScopes.Via(contract, (Contract c) => c.OwnerId == staffId));
            }

            if (filter.CustomerGrade is { } grade)
            {
                rows = rows.Where(RowScopes.Via(contract, (Contract c) => c.Customer!.Grade == grade));
            }

            return rows;
        }

        private IQueryable<Customer> NarrowCustomers(SalesGraphDbContext db)
        {
            var rows = db.Scoped<Customer>(caller);
            if (filter.RegionId is { } regionId)
            {
                rows = rows.Where(AccessMatrix.InSubtree<Customer>(db.Regions, regionId));
            }

            if (filter.StaffId is { } staffId)
            {
                rows = rows.Where(c => c.OwnerId == staffId);
            }

            if (filter.CustomerGrade is { } grade)
            {
                rows = rows.Where(c => c.Grade == grade);
            }

            return rows;
        }

        private IQueryable<KpiFact> Group<T>(IQueryable<T> rows, Expression<Func<T, KpiFact>> fact) => KpiGrouping.Group(rows, keys, fact);
    }
}
