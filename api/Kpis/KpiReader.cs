using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// Reads the grouped sums behind the KPIs: one GROUP BY query per measure (sales, collections, receivables due, overdue,
/// new customers, shipments, targets), each on its own context and starting from the caller's row scope, so the scope
/// stays in SQL and a manager's totals can only ever be made of its region's rows. <see cref="KpiCalculator"/> merges
/// them by key and computes the rates.
/// </summary>
public sealed class KpiReader(IDbContextFactory<SalesGraphDbContext> factory)
{
    /// <summary>A shipment is on time when it leaves within this many days of a payment (款到后3天内发货).</summary>
    public const int OnTimeShipmentDays = 3;

    /// <summary>Computes the KPI rows of <paramref name="period"/> the caller may see.</summary>
    /// <param name="caller">Whose row scope applies.</param>
    /// <param name="period">The period.</param>
    /// <param name="groupBy">The dimensions of the rows; none gives one total row.</param>
    /// <param name="filter">Narrowing inside the caller's scope.</param>
    /// <param name="today">Overdue receivables are never computed as of a later day.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IReadOnlyList<KpiRow>> ReadAsync(
        Caller caller, KpiPeriod period, IReadOnlySet<KpiDimension> groupBy, KpiFilter filter, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(filter);
        var byProductLine = groupBy.Contains(KpiDimension.ProductLine) || filter.ProductLine is not null;
        var withTargets = !byProductLine && !groupBy.Contains(KpiDimension.CustomerGrade) && filter.CustomerGrade is null;
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

        public IQueryable<KpiFact> Sales(SalesGraphDbContext db) =>
            Group(Narrow(db, db.Scoped<Contract>(caller), c => c).Where(Counted).Where(c => c.SignedOn >= from && c.SignedOn <= to), c => new KpiFact
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
                .Where(RowScopes.Via((ContractLine l) => l.Contract!, Counted))
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

        /// <summary>
        /// Shipments within <see cref="OnTimeShipmentDays"/> days after a payment of their contract; a query of its own
        /// because EF Core mistranslates a correlated subquery inside a grouped SUM.
        /// </summary>
        public IQueryable<KpiFact> OnTimeShipments(SalesGraphDbContext db) => ShipmentFacts(ShippedInPeriod(db)
            .Where(s => s.Contract!.Payments.Any(p => p.ReceivedOn <= s.ShippedOn && s.ShippedOn <= p.ReceivedOn.AddDays(OnTimeShipmentDays))));

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
                targets = targets.Where(t => db.Regions.Any(r => r.Id == regionId && t.Region!.Path.StartsWith(r.Path)));
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

        /// <summary>Signed contracts count in sales unless rejected or terminated before their term began.</summary>
        private static readonly Expression<Func<Contract, bool>> Counted = c =>
            c.SignedOn != null && c.Status != ContractStatus.Rejected
            && !(c.Status == ContractStatus.Terminated && (c.StartOn == null || c.StartOn > DateOnly.FromDateTime(c.UpdatedAt)));

        private IQueryable<T> Narrow<T>(SalesGraphDbContext db, IQueryable<T> rows, Expression<Func<T, Contract>> contract)
        {
            if (filter.RegionId is { } regionId)
            {
                rows = rows.Where(RowScopes.Via(contract, (Contract c) => db.Regions.Any(r => r.Id == regionId && c.Region!.Path.StartsWith(r.Path))));
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
                rows = rows.Where(c => db.Regions.Any(r => r.Id == regionId && c.Region!.Path.StartsWith(r.Path)));
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

        /// <summary>
        /// Projects with <paramref name="fact"/> after replacing the keys not grouped by with constants (which EF Core
        /// leaves out of the GROUP BY), then sums the measures <paramref name="fact"/> sets per remaining key.
        /// </summary>
        private IQueryable<KpiFact> Group<T>(IQueryable<T> rows, Expression<Func<T, KpiFact>> fact)
        {
            var init = (MemberInitExpression)fact.Body;
            var bound = init.Bindings.Cast<MemberAssignment>().ToDictionary(b => b.Member.Name, b => b.Expression, StringComparer.Ordinal);
            var bindings = new List<MemberBinding>();
            foreach (var property in typeof(KpiFact).GetProperties())
            {
                if (IsKey(property.Name))
                {
                    var value = keys.Contains(property.Name) && bound.TryGetValue(property.Name, out var e)
                        ? e
                        : Expression.Constant(Default(property.PropertyType), property.PropertyType);
                    bindings.Add(Expression.Bind(property, value));
                }
                else if (bound.TryGetValue(property.Name, out var measure))
                {
                    bindings.Add(Expression.Bind(property, measure));
                }
            }

            var projection = Expression.Lambda<Func<T, KpiFact>>(Expression.MemberInit(init.NewExpression, bindings), fact.Parameters);
            var groups = rows.Select(projection).GroupBy(f => new { f.RegionId, f.StaffId, f.Month, f.ProductLine, f.Grade });

            // g => new KpiFact { keys = g.Key.*, each bound measure = g.Sum(f => f.measure) }
            var g = Expression.Parameter(groups.ElementType, "g");
            var key = Expression.Property(g, "Key");
            var sums = new List<MemberBinding>();
            foreach (var property in typeof(KpiFact).GetProperties())
            {
                if (IsKey(property.Name))
                {
                    sums.Add(Expression.Bind(property, Expression.Property(key, property.Name == nameof(KpiFact.Grade) ? "Grade" : property.Name)));
                }
                else if (bound.ContainsKey(property.Name))
                {
                    var f = Expression.Parameter(typeof(KpiFact), "f");
                    var selector = Expression.Lambda(Expression.Property(f, property), f);
                    var sum = Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(KpiFact)], g, selector);
                    sums.Add(Expression.Bind(property, sum));
                }
            }

            var select = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(KpiFact)), sums), g);
            return (IQueryable<KpiFact>)groups.Provider.CreateQuery(
                Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groups.ElementType, typeof(KpiFact)], groups.Expression, Expression.Quote(select)));
        }

        private static bool IsKey(string member) => member is nameof(KpiFact.RegionId) or nameof(KpiFact.StaffId) or nameof(KpiFact.Month)
            or nameof(KpiFact.ProductLine) or nameof(KpiFact.Grade);

        private static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }
}
