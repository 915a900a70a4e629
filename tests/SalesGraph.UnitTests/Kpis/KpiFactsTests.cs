using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;
using SalesGraph.Testing.Kpis;

namespace SalesGraph.UnitTests.Kpis;

/// <summary>
/// The summary tables against the base tables on <see cref="KnownSalesDatabase"/>: every KPI row read through
/// <see cref="KpiReader.ReadAsync"/> must equal the row <see cref="BaseTableKpiReader"/> computes, for
/// every role, grouping, filter and period, on a month's last day and early and late inside a month, and after writes
/// refreshed only the reps they touched.
/// </summary>
public sealed class KpiFactsTests
{
    private static readonly Caller[] Callers =
    [
        KnownSalesDatabase.Director, KnownSalesDatabase.ManagerEast, KnownSalesDatabase.RepEast, KnownSalesDatabase.RepNorth,
        new(9, "bi", StaffRole.BiAnalyst, null, null, true, new HashSet<string>(), ClientKind.Bi),
    ];

    private static readonly KpiDimension[][] Groupings =
    [
        [], [KpiDimension.Region], [KpiDimension.Staff], [KpiDimension.Month], [KpiDimension.Quarter], [KpiDimension.ProductLine],
        [KpiDimension.CustomerGrade], [KpiDimension.Region, KpiDimension.Month], [KpiDimension.Staff, KpiDimension.Quarter, KpiDimension.CustomerGrade],
        [KpiDimension.Region, KpiDimension.ProductLine, KpiDimension.Month],
    ];

    private static readonly KpiFilter[] Filters =
    [
        KpiFilter.None, new(RegionId: 1), new(RegionId: 3), new(StaffId: 4), new(CustomerGrade: CustomerGrade.A), new(ProductLine: "Pumps"),
    ];

    private static readonly KpiPeriod[] Periods = [new(2026), new(2026, 2), new(2026, 1, 3), new(2025)];

    [Fact]
    public async Task SummaryTablesGiveTheBaseTableRowsForEveryRoleGroupingFilterAndPeriod()
    {
        using var database = new KnownSalesDatabase();
        await AssertSameAsBaseTablesAsync(database, [
            KnownSalesDatabase.Today, new DateOnly(2026, 5, 31), new DateOnly(2026, 4, 27), new DateOnly(2027, 1, 10),
            // Inside a month with overdue changes in the part of it read from the daily rows: I2 past due on 18 March
            // (after the 17th, taken from the month's end), I4 settled on 10 May (before the 12th, added to April's end).
            new DateOnly(2026, 3, 17), new DateOnly(2026, 5, 12),
        ]);
    }

    [Fact]
    public async Task WritesRefreshTheRowsOfTheRepsTheyTouchLikeAFullRebuild()
    {
        using var database = new KnownSalesDatabase();
        await using (var db = database.CreateDbContext())
        {
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            await using var transaction = await db.Database.BeginTransactionAsync();
            // I3 paid in full on 6 June; customer C1 regraded to C and moved to rep 4; K3 terminated before its start.
            var invoice = await db.Invoices.SingleAsync(i => i.Id == 3);
            (invoice.PaidAmount, invoice.SettledOn) = (400, new DateOnly(2026, 6, 6));
            db.Payments.Add(new Payment { Number = "P9", ContractId = 3, InvoiceId = 3, Amount = 400, ReceivedOn = new DateOnly(2026, 6, 6) });
            var customer = await db.Customers.SingleAsync(c => c.Id == 1);
            (customer.Grade, customer.OwnerId, customer.RegionId) = (CustomerGrade.C, 4, 4);
            var contract = await db.Contracts.SingleAsync(c => c.Id == 3);
            (contract.Status, contract.StartOn, contract.UpdatedAt) = (ContractStatus.Terminated, new DateOnly(2026, 7, 1), new DateTime(2026, 6, 10, 0, 0, 0, DateTimeKind.Utc));
            var refresh = await new KpiFactsMaintenance().PrepareAsync(db, CancellationToken.None);
            await db.SaveChangesAsync();
            await refresh(CancellationToken.None);
            await transaction.CommitAsync();
        }

        var total = Assert.Single(await new KpiReader(database).ReadAsync(
            KnownSalesDatabase.Director, new KpiPeriod(2026), new HashSet<KpiDimension>(), KpiFilter.None, KnownSalesDatabase.Today, CancellationToken.None));
        Assert.Equal((3200m, 1500m), (total.SalesAmount, total.OverdueReceivables!.Value)); // K3's 400 no longer counted; I3 settled
        await AssertSameAsBaseTablesAsync(database, [KnownSalesDatabase.Today]);
        await AssertSameAsRebuildAsync(database);
    }

    private static async Task AssertSameAsBaseTablesAsync(KnownSalesDatabase database, DateOnly[] todays)
    {
        var reader = new KpiReader(database);
        var baseTables = new BaseTableKpiReader(database);
        foreach (var (caller, groupBy, filter, period, today) in
            from c in Callers from g in Groupings from f in Filters from p in Periods from t in todays select (c, g.ToHashSet(), f, p, t))
        {
            var expected = await baseTables.ReadAsync(caller, period, groupBy, filter, today, CancellationToken.None);
            var actual = await reader.ReadAsync(caller, period, groupBy, filter, today, CancellationToken.None);
            Assert.True(
                expected.SequenceEqual(actual),
                $"{caller.Role} {string.Join(',', groupBy)} {filter} {period} today {today}:\nbase  {string.Join("\n      ", expected)}\nfacts {string.Join("\n      ", actual)}");
        }
    }

    /// <summary>The rows a full rebuild writes equal the rows the refreshes left.</summary>
    private static async Task AssertSameAsRebuildAsync(KnownSalesDatabase database)
    {
        List<object> Snapshot(SalesGraphDbContext db) =>
        [
            .. db.KpiMonthlyFacts.AsEnumerable().OrderBy(f => (f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade)).Select(f => (object)Describe(f)),
            .. db.KpiRegionMonthlyFacts.AsEnumerable().OrderBy(f => (f.Year, f.Month, f.RegionId, f.Grade)).Select(f => (object)Describe(f)),
            .. db.KpiProductLineFacts.AsEnumerable().OrderBy(f => (f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade, f.ProductLine))
                .Select(f => (object)(f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade, f.ProductLine, f.SalesAmount, f.ListTotal, f.CostTotal, f.ContractCount)),
            .. db.KpiDailyOverdueFacts.AsEnumerable().OrderBy(f => (f.On, f.RegionId, f.OwnerId, f.Grade))
                .Select(f => (object)(f.On, f.RegionId, f.OwnerId, f.Grade, f.OverdueChange)),
            .. db.KpiRegionDailyOverdueFacts.AsEnumerable().OrderBy(f => (f.On, f.RegionId, f.Grade))
                .Select(f => (object)(f.On, f.RegionId, f.Grade, f.OverdueChange)),
        ];

        await using var db = database.CreateDbContext();
        var refreshed = Snapshot(db);
        await KpiFacts.RebuildAsync(db, CancellationToken.None);
        Assert.Equal(Snapshot(db), refreshed);
    }

    private static string Describe(KpiMonthlyMeasures f) =>
        $"{f.Year}-{f.Month} r{f.RegionId} o{(f as KpiMonthlyFact)?.OwnerId} {f.Grade}: {f.SalesAmount} {f.ListTotal} {f.CostTotal} {f.ContractCount} "
        + $"{f.CollectedAmount} {f.ReceivablesDue} {f.OverdueChange} {f.NewCustomers} {f.ShipmentCount} {f.OnTimeShipments}";
}
