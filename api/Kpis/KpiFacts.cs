using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Bulk;

namespace SalesGraph.Kpis;

/// <summary>
/// Builds the KPI summary tables from the base tables: <see cref="KpiMonthlyFact"/>, <see cref="KpiProductLineFact"/>
/// and <see cref="KpiDailyOverdueFact"/> per rep, and <see cref="KpiRegionMonthlyFact"/> and
/// <see cref="KpiRegionDailyOverdueFact"/> summed from them per region. <see cref="RebuildAsync"/> computes
/// everything (after a seed, on upgrade); a write adds what it changes (<see cref="BeginChangeAsync"/>: what its
/// contracts and customers add to the rows before and after it, from the same measure definitions, inside its
/// transaction — docs/decisions/025-kpi-upkeep-by-difference.md); <see cref="RefreshAsync"/> recomputes every row of
/// some reps.
/// </summary>
public static class KpiFacts
{
    /// <summary>Signed contracts count in sales unless rejected or terminated before their term began.</summary>
    public static readonly Expression<Func<Contract, bool>> Counted = c =>
        c.SignedOn != null && c.Status != ContractStatus.Rejected
        && !(c.Status == ContractStatus.Terminated && (c.StartOn == null || c.StartOn > DateOnly.FromDateTime(c.UpdatedAt)));

    /// <summary>Shipped, not cancelled.</summary>
    public static readonly Expression<Func<Shipment, bool>> Shipped = s => s.Status != ShipmentStatus.Cancelled && s.ShippedOn != null;

    /// <summary>
    /// Shipped by the day it was due (<see cref="Shipment.ShipDueOn"/>: <c>OrderDesk:ShipWithinDays</c> after its goods
    /// were released, paid or approved — 款到后3天内发货), from the notice's own recorded events.
    /// </summary>
    public static readonly Expression<Func<Shipment, bool>> OnTime = s => s.ShipDueOn != null && s.ShippedOn <= s.ShipDueOn;

    private static readonly HashSet<string> EveryKey =
        [nameof(KpiFact.Year), nameof(KpiFact.Month), nameof(KpiFact.RegionId), nameof(KpiFact.StaffId), nameof(KpiFact.Grade), nameof(KpiFact.ProductLine)];

    private static readonly HashSet<string> EveryDailyKey = [.. EveryKey, nameof(KpiFact.Day)];

    private const int RepLocks = 0x4b50_4901;
    private const int RegionLocks = 0x4b50_4902;
    private const int ContractLocks = 0x4b50_4903;
    private const int CustomerLocks = 0x4b50_4904;

    /// <summary>Replaces every summary row with rows computed from the base tables, in one transaction.</summary>
    public static async Task RebuildAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        var restore = await WithLargeCacheAsync(db, ct);
        try
        {
            await RebuildTablesAsync(db, ct);
        }
        finally
        {
            if (restore is not null)
            {
                await db.Database.ExecuteSqlRawAsync(restore, CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// On SQLite, a page cache of 256 MB and temporary B-trees in memory for the rest of the connection's rebuild: the
    /// full-table GROUP BYs and the million-row inserts thrash the default 2 MB cache. Returns the statement restoring
    /// the settings, or null when there is nothing to restore. Only outside a transaction (the pragmas need one of
    /// their own).
    /// </summary>
    private static async Task<string?> WithLargeCacheAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var cache = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size()").SingleAsync(ct);
        var temp = await db.Database.SqlQueryRaw<long>("SELECT temp_store AS Value FROM pragma_temp_store()").SingleAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;", ct);
        return string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size={cache}; PRAGMA temp_store={temp};");
    }

    private static async Task RebuildTablesAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        // Reads on other connections see only committed rows: side by side only when the rebuild has its own transaction.
        var parallel = db.Database.CurrentTransaction is null;
        await using var transaction = parallel ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.KpiRegionMonthlyFacts.ExecuteDeleteAsync(ct);
        await db.KpiMonthlyFacts.ExecuteDeleteAsync(ct);
        await db.KpiProductLineFacts.ExecuteDeleteAsync(ct);
        await db.KpiRegionDailyOverdueFacts.ExecuteDeleteAsync(ct);
        await db.KpiDailyOverdueFacts.ExecuteDeleteAsync(ct);
        var (monthly, byLine, daily) = await ComputeAsync(db, Scope.All, parallel, ct);
        await using (await SecondaryIndexes.DroppedAsync(db, [typeof(KpiMonthlyFact), typeof(KpiProductLineFact), typeof(KpiDailyOverdueFact)], ct))
        {
            await MultiRowInsert.InsertAsync(db, monthly, ct);
            await MultiRowInsert.InsertAsync(db, byLine, ct);
            await MultiRowInsert.InsertAsync(db, daily, ct);
        }

        await RollUpAsync(db, null, ct);
        await RollUpDaysAsync(db, null, null, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        // Fresh statistics, so the planner reads the new tables by their keys from the first request on.
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "KpiMonthlyFacts"; ANALYZE "KpiRegionMonthlyFacts"; ANALYZE "KpiProductLineFacts";"""
            + """ ANALYZE "KpiDailyOverdueFacts"; ANALYZE "KpiRegionDailyOverdueFacts";""", ct);
    }

    /// <summary>
    /// Whether the summary tables are empty although the base tables are not: a database migrated from a version
    /// without them, without the daily overdue rows or without the billed amounts and receivable changes (or filled behind the app's back), that
    /// <see cref="RebuildAsync"/> has to fill once.
    /// </summary>
    public static async Task<bool> AreMissingAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (!await db.KpiMonthlyFacts.AnyAsync(ct) && await db.Contracts.AnyAsync(ct))
            || (!await db.KpiDailyOverdueFacts.AnyAsync(ct) && await db.KpiMonthlyFacts.AnyAsync(f => f.OverdueChange != 0, ct))
            || (!await db.KpiMonthlyFacts.AnyAsync(f => f.InvoicedAmount != 0, ct) && await db.KpiMonthlyFacts.AnyAsync(f => f.ReceivablesDue != 0, ct)); // from before DSO (decision 031)
    }

    /// <summary>
    /// Recomputes every row of <paramref name="reps"/> (and the region rows they add up to) from the base tables, inside
    /// the caller's transaction. On PostgreSQL each rep, then each region, is locked for the rest of the transaction
    /// first (advisory locks, in id order), so two concurrent writers of one rep recompute one after the other and the
    /// second sees the first's committed rows; SQLite writers are serialised by <c>BEGIN IMMEDIATE</c> already.
    /// </summary>
    public static async Task RefreshAsync(SalesGraphDbContext db, IReadOnlyCollection<int> reps, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reps);
        if (reps.Count == 0)
        {
            return;
        }

        int[] owners = [.. reps.Distinct().Order()];
        await LockAsync(db, RepLocks, owners, ct);
        var regions = (await db.KpiMonthlyFacts.Where(f => owners.Contains(f.OwnerId)).Select(f => f.RegionId).Distinct().ToListAsync(ct)).ToHashSet();
        var days = (await db.KpiDailyOverdueFacts.Where(f => owners.Contains(f.OwnerId)).Select(f => f.On).Distinct().ToListAsync(ct)).ToHashSet();
        await db.KpiMonthlyFacts.Where(f => owners.Contains(f.OwnerId)).ExecuteDeleteAsync(ct);
        await db.KpiProductLineFacts.Where(f => owners.Contains(f.OwnerId)).ExecuteDeleteAsync(ct);
        await db.KpiDailyOverdueFacts.Where(f => owners.Contains(f.OwnerId)).ExecuteDeleteAsync(ct);
        var (monthly, byLine, daily) = await ComputeAsync(db, new Scope(Owners: owners), parallel: false, ct);
        await MultiRowInsert.InsertAsync(db, monthly, ct);
        await MultiRowInsert.InsertAsync(db, byLine, ct);
        await MultiRowInsert.InsertAsync(db, daily, ct);
        regions.UnionWith(monthly.Select(f => f.RegionId));
        days.UnionWith(daily.Select(f => f.On));
        int[] touched = [.. regions.Order()];
        await LockAsync(db, RegionLocks, touched, ct);
        await RollUpAsync(db, touched, ct);
        await RollUpDaysAsync(db, touched, [.. days.Order()], ct);
    }

    /// <summary>
    /// Starts keeping the summary tables up to date through a write of the contracts and customers of
    /// <paramref name="changed"/>, before it is saved: reads what they add to the rep rows now. After the save,
    /// <see cref="Change.CompleteAsync"/> reads what they add then and adds the difference to the rep and region rows —
    /// work in proportion to the rows of the contracts and customers written, not to a rep's history. On PostgreSQL
    /// each contract and customer is locked for the rest of the transaction first (advisory locks, in id order), so a
    /// concurrent writer of one of them reads its "before" only once this write is committed and no difference is
    /// counted twice; SQLite writers are serialised by <c>BEGIN IMMEDIATE</c> already. The differences are added row by
    /// row atomically (<see cref="MultiRowInsert.AddAsync"/>), so writers of different contracts of one rep need no lock.
    /// </summary>
    public static async Task<Change> BeginChangeAsync(SalesGraphDbContext db, ChangedIds changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changed);
        var scope = changed.Scope();
        await LockAsync(db, ContractLocks, [.. scope.Sales!.Concat(scope.Billing!).Concat(scope.Returns!).Distinct().Order()], ct);
        await LockAsync(db, CustomerLocks, scope.Customers!, ct);
        var before = scope.IsEmpty ? Rows.None : await ComputeAsync(db, scope, parallel: false, ct);
        return new Change(db, changed, before);
    }

    /// <summary>
    /// The contracts whose contribution a write can change, by what of it can change — its sales and lines, its invoices,
    /// payments and credit notes, its returns — and the customers whose shipments and first contract can.
    /// </summary>
    public sealed class ChangedIds
    {
        public HashSet<int> Sales { get; } = [];

        public HashSet<int> Billing { get; } = [];

        public HashSet<int> Returns { get; } = [];

        public HashSet<int> Customers { get; } = [];

        /// <summary>A contract whose booking (owner, region, customer, grade) changes: everything it adds.</summary>
        public void AllOf(IEnumerable<int> contracts)
        {
            foreach (var id in contracts)
            {
                Sales.Add(id);
                Billing.Add(id);
                Returns.Add(id);
            }
        }

        internal Scope Scope()
        {
            static int[] Ids(HashSet<int> ids) => [.. ids.Where(id => id > 0).Order()];
            return new(Sales: Ids(Sales), Billing: Ids(Billing), Returns: Ids(Returns), Customers: Ids(Customers));
        }
    }

    /// <summary>A write in progress (<see cref="BeginChangeAsync"/>): what its contracts and customers added before it.</summary>
    public sealed class Change
    {
        private readonly SalesGraphDbContext db;
        private readonly ChangedIds changed;
        private readonly Rows before;

        internal Change(SalesGraphDbContext db, ChangedIds changed, Rows before) => (this.db, this.changed, this.before) = (db, changed, before);

        /// <summary>
        /// After the save: adds what the contracts and customers (with <paramref name="created"/>, the ids of rows the
        /// save created) add now, less what they added before, to the rep and region rows.
        /// </summary>
        public async Task CompleteAsync(Action<ChangedIds> created, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(created);
            created(changed);
            var scope = changed.Scope();
            var after = scope.IsEmpty ? Rows.None : await ComputeAsync(db, scope, parallel: false, ct);
            var monthly = new FactSums<KpiMonthlyFact>(db.Model).Add(after.Monthly, 1).Add(before.Monthly, -1).NonZero;
            var byLine = new FactSums<KpiProductLineFact>(db.Model).Add(after.ByLine, 1).Add(before.ByLine, -1).NonZero;
            var daily = new FactSums<KpiDailyOverdueFact>(db.Model).Add(after.Daily, 1).Add(before.Daily, -1).NonZero;
            await MultiRowInsert.AddAsync(db, monthly, ct);
            await MultiRowInsert.AddAsync(db, byLine, ct);
            await MultiRowInsert.AddAsync(db, daily, ct);
            await MultiRowInsert.AddAsync(db, new FactSums<KpiRegionMonthlyFact>(db.Model).Add(monthly, 1).NonZero, ct);
            await MultiRowInsert.AddAsync(db, new FactSums<KpiRegionDailyOverdueFact>(db.Model).Add(daily, 1).NonZero, ct);
        }
    }

    /// <summary>
    /// Which base rows a computation reads: all, some reps', or what some contracts add to sales (and by product line),
    /// to billing (due, collected, overdue) and to returns, and what some customers add (shipments, new customers).
    /// </summary>
    internal sealed record Scope(int[]? Owners = null, int[]? Sales = null, int[]? Billing = null, int[]? Returns = null, int[]? Customers = null)
    {
        public static readonly Scope All = new();

        public bool IsEmpty => Sales is [] && Billing is [] && Returns is [] && Customers is [];
    }

    /// <summary>Computed rep rows of the three summary tables kept per rep.</summary>
    public sealed record Rows(List<KpiMonthlyFact> Monthly, List<KpiProductLineFact> ByLine, List<KpiDailyOverdueFact> Daily)
    {
        internal static readonly Rows None = new([], [], []);
    }

    /// <summary>
    /// The rep rows of <paramref name="scope"/>, computed from the base tables. Each measure is one
    /// read returning what it adds to the rows; the reads of a full rebuild run side by side on their own connections
    /// (<see cref="ParallelReads"/>), and what they add is applied in their order either way.
    /// </summary>
    private static async Task<Rows> ComputeAsync(SalesGraphDbContext db, Scope scope, bool parallel, CancellationToken ct)
    {
        // All reps: every row is read, so by a scan of its table (TableScans); some reps: through the owner's index;
        // some contracts and customers: through the index of the row's contract (or customer, for what is booked to it).
        IQueryable<T> Of<T>(
            SalesGraphDbContext context, Func<SalesGraphDbContext, DbSet<T>> set, Expression<Func<T, int>> owner,
            Expression<Func<T, int>> part, Func<Scope, int[]?> ids)
            where T : class => scope switch
        {
            { Owners: { } owners } => set(context).Where(RowScopes.Via(owner, (int o) => owners.Contains(o))),
            _ when ids(scope) is { } some => set(context).Where(RowScopes.Via(part, (int id) => some.Contains(id))),
            _ => TableScans.Scanned(context, set(context)),
        };

        IQueryable<Invoice> Invoices(SalesGraphDbContext c) => Of(c, x => x.Invoices, i => i.Contract!.OwnerId, i => i.ContractId, s => s.Billing);
        IQueryable<Payment> Payments(SalesGraphDbContext c) => Of(c, x => x.Payments, p => p.Contract!.OwnerId, p => p.ContractId, s => s.Billing);
        IQueryable<CreditNote> Credits(SalesGraphDbContext c) => Of(c, x => x.CreditNotes, n => n.Invoice!.Contract!.OwnerId, n => n.Invoice!.ContractId, s => s.Billing);

        var facts = new Dictionary<(int, int, int, int, CustomerGrade), KpiMonthlyFact>();
        KpiMonthlyFact RowOf(int year, int month, int regionId, int ownerId, CustomerGrade grade)
        {
            var key = (year, month, regionId, ownerId, grade);
            if (!facts.TryGetValue(key, out var row))
            {
                facts[key] = row = new KpiMonthlyFact { Year = year, Month = month, RegionId = regionId, OwnerId = ownerId, Grade = grade };
            }

            return row;
        }

        Func<SalesGraphDbContext, Task<Action>> Adds<TRow, TMeasures>(
            KpiMeasure<TRow, TMeasures> measure, Func<SalesGraphDbContext, IQueryable<TRow>> rows, Action<KpiMonthlyFact, TMeasures> add)
            where TMeasures : new() => async context =>
        {
            var sums = await measure.Group(rows(context), EveryKey, Monthly<TMeasures>()).ToListAsync(ct);
            return () =>
            {
                foreach (var f in sums)
                {
                    add(RowOf(f.Year, f.Month, f.RegionId, f.StaffId, f.Grade!.Value), f.Measures);
                }
            };
        };

        // The overdue changes per day; a month's change is the sum of its days.
        var daily = new Dictionary<(DateOnly, int, int, CustomerGrade), KpiDailyOverdueFact>();
        Func<SalesGraphDbContext, Task<Action>> OverdueChanges(Func<SalesGraphDbContext, IQueryable<OverdueEvent>> changes) => async context =>
        {
            var perDay = await KpiGrouping.Group(changes(context), EveryDailyKey, e => new KpiFact<FlowMeasures>
            {
                Year = e.On.Year, Month = e.On.Month, Day = e.On.Day, RegionId = e.RegionId, StaffId = e.OwnerId, Grade = e.Grade,
                Measures = new FlowMeasures { OverdueChange = e.Amount },
            }).ToListAsync(ct);
            return () =>
            {
                foreach (var f in perDay)
                {
                    var key = (new DateOnly(f.Year, f.Month, f.Day), f.RegionId, f.StaffId, f.Grade!.Value);
                    if (!daily.TryGetValue(key, out var day))
                    {
                        daily[key] = day = new KpiDailyOverdueFact { On = key.Item1, RegionId = f.RegionId, OwnerId = f.StaffId, Grade = f.Grade.Value };
                    }

                    day.OverdueChange += f.Measures.OverdueChange;
                }
            };
        };

        // The open receivables' changes, per month only: a balance as of today is its month's (no change is dated after today but invoices issued ahead).
        Func<SalesGraphDbContext, Task<Action>> ReceivableChanges(Func<SalesGraphDbContext, IQueryable<OverdueEvent>> changes) => async context =>
        {
            var perMonth = await KpiGrouping.Group(changes(context), EveryKey, e => new KpiFact<FlowMeasures>
            {
                Year = e.On.Year, Month = e.On.Month, RegionId = e.RegionId, StaffId = e.OwnerId, Grade = e.Grade,
                Measures = new FlowMeasures { ReceivableChange = e.Amount },
            }).ToListAsync(ct);
            return () =>
            {
                foreach (var f in perMonth)
                {
                    RowOf(f.Year, f.Month, f.RegionId, f.StaffId, f.Grade!.Value).ReceivableChange += f.Measures.ReceivableChange;
                }
            };
        };

        IEnumerable<Func<SalesGraphDbContext, Task<Action>>> EachReceivable(Func<SalesGraphDbContext, IEnumerable<IQueryable<OverdueEvent>>> changes) =>
            Enumerable.Range(0, scope.Billing is [] ? 0 : changes(db).Count()).Select(k => ReceivableChanges(c => changes(c).ElementAt(k)));

        // One read per query of a source's overdue changes, each built on the connection it runs on.
        IEnumerable<Func<SalesGraphDbContext, Task<Action>>> EachOverdue(Func<SalesGraphDbContext, IEnumerable<IQueryable<OverdueEvent>>> changes) =>
            Enumerable.Range(0, scope.Billing is [] ? 0 : changes(db).Count()).Select(k => OverdueChanges(c => changes(c).ElementAt(k)));

        List<KpiFact<SalesMeasures>> byLine = [];
        Func<SalesGraphDbContext, Task<Action>> salesByLine = async context =>
        {
            var sums = await KpiGrouping.Group(KpiMeasures.SalesByLine(Of(context, x => x.ContractLines, l => l.Contract!.OwnerId, l => l.ContractId, s => s.Sales)), EveryKey, x => new KpiFact<SalesMeasures>
            {
                Year = x.Year, Month = x.Month, RegionId = x.RegionId, StaffId = x.OwnerId, Grade = x.Grade, ProductLine = x.ProductLine,
                Measures = KpiMeasures.LineSales.Apply(x),
            }).ToListAsync(ct);
            return () => byLine = sums;
        };

        // The longest reads first, so that side by side they end at about the same time.
        // A scope of contracts and customers skips the reads it has no ids for.
        var bySales = scope.Sales is not [];
        var byBilling = scope.Billing is not [];
        var byReturns = scope.Returns is not [];
        var byCustomer = scope.Customers is not [];
        List<Func<SalesGraphDbContext, Task<Action>>> reads =
        [
            .. bySales ? [salesByLine] : Array.Empty<Func<SalesGraphDbContext, Task<Action>>>(),
            .. EachOverdue(c => OverdueEvents.OfInvoices(Invoices(c))),
            .. EachOverdue(c => OverdueEvents.OfPayments(Payments(c))),
            .. EachOverdue(c => OverdueEvents.OfCreditNotes(Credits(c))),
            .. EachReceivable(c => OverdueEvents.OfInvoices(Invoices(c), OverdueEvents.OpenFrom)),
            .. EachReceivable(c => OverdueEvents.OfPayments(Payments(c), OverdueEvents.OpenFrom)),
            .. EachReceivable(c => OverdueEvents.OfCreditNotes(Credits(c), OverdueEvents.OpenFrom)),
            .. byBilling
                ? [
                    Adds(KpiMeasures.Collected, Payments, (r, m) => r.CollectedAmount = m.Collected),
                    Adds(KpiMeasures.FallingDue, Invoices, (r, m) => r.ReceivablesDue = m.FallingDue),
                    Adds(KpiMeasures.Invoiced, Invoices, (r, m) => r.InvoicedAmount = m.Invoiced),
                ]
                : Array.Empty<Func<SalesGraphDbContext, Task<Action>>>(),
            .. bySales
                ? [
                    Adds(KpiMeasures.Sales, c => Of(c, x => x.Contracts, c => c.OwnerId, c => c.Id, s => s.Sales),
                        (r, m) => (r.SalesAmount, r.ListTotal, r.CostTotal, r.ContractCount) = (m.Sales, m.ListTotal, m.Cost, m.Contracts)),
                ]
                : Array.Empty<Func<SalesGraphDbContext, Task<Action>>>(),
            .. byCustomer
                ? [
                    Adds(KpiMeasures.Shipments, c => Of(c, x => x.Shipments, s => s.Customer!.OwnerId, s => s.CustomerId, s => s.Customers),
                        (r, m) => (r.ShipmentCount, r.OnTimeShipments) = (m.Shipments, m.OnTimeShipments)),
                    Adds(KpiMeasures.NewCustomers, c => Of(c, x => x.Customers, c => c.OwnerId, c => c.Id, s => s.Customers), (r, m) => r.NewCustomers = m.NewCustomers),
                ]
                : Array.Empty<Func<SalesGraphDbContext, Task<Action>>>(),
            .. byReturns
                ? [Adds(KpiMeasures.Returns, c => Of(c, x => x.CreditNotes, n => n.ReturnRequest!.Shipment!.Contract!.OwnerId, n => n.ReturnRequest!.Shipment!.ContractId!.Value, s => s.Returns), (r, m) => r.ReturnsAmount = m.Returned)]
                : Array.Empty<Func<SalesGraphDbContext, Task<Action>>>(),
        ];
        foreach (var apply in await ParallelReads.RunAsync(db, reads, parallel, ct))
        {
            apply();
        }

        foreach (var day in daily.Values)
        {
            RowOf(day.On.Year, day.On.Month, day.RegionId, day.OwnerId, day.Grade).OverdueChange += day.OverdueChange;
        }

        return new Rows([.. facts.Values.Where(f => !IsEmpty(f))], [.. byLine.Select(f => new KpiProductLineFact
        {
            Year = f.Year, Month = f.Month, RegionId = f.RegionId, OwnerId = f.StaffId, Grade = f.Grade!.Value, ProductLine = f.ProductLine!,
            SalesAmount = f.Measures.Sales, ListTotal = f.Measures.ListTotal, CostTotal = f.Measures.Cost, ContractCount = f.Measures.Contracts,
        })], [.. daily.Values.Where(d => d.OverdueChange != 0)]);
    }

    /// <summary>The keys of a rep's monthly rows: the month a measure falls in, the rep's own region (not its 大区).</summary>
    private static Expression<Func<KpiBooking, DateOnly, TMeasures, KpiFact<TMeasures>>> Monthly<TMeasures>()
        where TMeasures : new() => (b, on, m) => new KpiFact<TMeasures>
        {
            Year = on.Year, Month = on.Month, RegionId = b.RegionId, StaffId = b.OwnerId, Grade = b.Grade, Measures = m,
        };

    /// <summary>A month in which an overdue balance rose and fell by the same amount, and nothing else happened.</summary>
    private static bool IsEmpty(KpiMonthlyMeasures f) => f is
    {
        SalesAmount: 0, ListTotal: 0, CostTotal: 0, ContractCount: 0, CollectedAmount: 0, ReceivablesDue: 0, OverdueChange: 0,
        NewCustomers: 0, ShipmentCount: 0, OnTimeShipments: 0, ReturnsAmount: 0, InvoicedAmount: 0, ReceivableChange: 0,
    };

    /// <summary>Replaces the region rows of <paramref name="regions"/> (all when null) with the sums of their reps' rows.</summary>
    private static async Task RollUpAsync(SalesGraphDbContext db, int[]? regions, CancellationToken ct)
    {
        var reps = regions is null ? db.KpiMonthlyFacts : db.KpiMonthlyFacts.Where(f => regions.Contains(f.RegionId));
        await (regions is null ? db.KpiRegionMonthlyFacts : db.KpiRegionMonthlyFacts.Where(f => regions.Contains(f.RegionId))).ExecuteDeleteAsync(ct);
        var sums = await reps.GroupBy(f => new { f.Year, f.Month, f.RegionId, f.Grade }).Select(g => new KpiRegionMonthlyFact
        {
            Year = g.Key.Year, Month = g.Key.Month, RegionId = g.Key.RegionId, Grade = g.Key.Grade,
            SalesAmount = g.Sum(f => f.SalesAmount), ListTotal = g.Sum(f => f.ListTotal), CostTotal = g.Sum(f => f.CostTotal),
            ContractCount = g.Sum(f => f.ContractCount), CollectedAmount = g.Sum(f => f.CollectedAmount), ReceivablesDue = g.Sum(f => f.ReceivablesDue),
            OverdueChange = g.Sum(f => f.OverdueChange), NewCustomers = g.Sum(f => f.NewCustomers), ShipmentCount = g.Sum(f => f.ShipmentCount),
            OnTimeShipments = g.Sum(f => f.OnTimeShipments), ReturnsAmount = g.Sum(f => f.ReturnsAmount),
            InvoicedAmount = g.Sum(f => f.InvoicedAmount), ReceivableChange = g.Sum(f => f.ReceivableChange),
        }).ToListAsync(ct);
        // Reps' overdue changes can cancel out in their region's sum: no all-zero rows, as refreshes by difference leave none.
        await MultiRowInsert.InsertAsync(db, [.. sums.Where(f => !IsEmpty(f))], ct);
    }

    /// <summary>
    /// Replaces the region rows of <paramref name="regions"/> and <paramref name="days"/> (all when null) with the sums of
    /// their reps' daily overdue rows.
    /// </summary>
    private static async Task RollUpDaysAsync(SalesGraphDbContext db, int[]? regions, DateOnly[]? days, CancellationToken ct)
    {
        IQueryable<T> Of<T>(IQueryable<T> rows)
            where T : KpiDailyOverdueMeasures =>
            regions is null || days is null ? rows : rows.Where(f => EF.Parameter(regions).Contains(f.RegionId) && EF.Parameter(days).Contains(f.On));

        await Of(db.KpiRegionDailyOverdueFacts).ExecuteDeleteAsync(ct);
        var sums = await Of(db.KpiDailyOverdueFacts).GroupBy(f => new { f.On, f.RegionId, f.Grade })
            .Select(g => new KpiRegionDailyOverdueFact { On = g.Key.On, RegionId = g.Key.RegionId, Grade = g.Key.Grade, OverdueChange = g.Sum(f => f.OverdueChange) })
            .ToListAsync(ct);
        await MultiRowInsert.InsertAsync(db, [.. sums.Where(f => f.OverdueChange != 0)], ct);
    }

    private static async Task LockAsync(SalesGraphDbContext db, int space, int[] ids, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({space}, {id})", ct);
        }
    }
}
