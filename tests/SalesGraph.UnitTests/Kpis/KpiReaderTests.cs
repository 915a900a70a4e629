using SalesGraph.Auth;
using SalesGraph.Kpis;

namespace SalesGraph.UnitTests.Kpis;

/// <summary>The KPI queries on a small company whose figures are worked out by hand in <see cref="KnownSalesDatabase"/>.</summary>
public sealed class KpiReaderTests : IClassFixture<KnownSalesDatabase>
{
    private static readonly KpiPeriod Year2026 = new(2026);
    private readonly KpiReader _reader;

    public KpiReaderTests(KnownSalesDatabase database) => _reader = new KpiReader(database);

    [Fact]
    public async Task CompanyTotalFollowsTheDomainDefinitions()
    {
        var total = Assert.Single(await ReadAsync(KnownSalesDatabase.Director));
        Assert.Equal(3600m, total.SalesAmount); // K1 + K2 + K3 + K6; not the rejected, the terminated-before-start or last year's
        Assert.Equal(4, total.ContractCount);
        Assert.Equal(7200m, total.Target);
        Assert.Equal(0.5m, total.AchievementRate);
        Assert.Equal(6400m, total.CollectedAmount);
        Assert.Equal(8600m, total.ReceivablesDue);
        Assert.Equal(0.7442m, total.CollectionRate);
        Assert.Equal(1900m, total.OverdueReceivables); // as of today: 1,500 left of I2 and all of I3
        Assert.Equal(2, total.NewCustomers);
        Assert.Equal(2, total.CustomersAtStart);
        Assert.Equal(1m, total.NewCustomerRate);
        Assert.Equal(0.0526m, total.AverageDiscountRate); // 200 ÷ 3,800
        Assert.Equal(0.3056m, total.GrossMargin); // (3,600 − 2,500) ÷ 3,600
        Assert.Equal(3, total.ShipmentCount);
        Assert.Equal(1, total.OnTimeShipments);
        Assert.Equal(0.3333m, total.OnTimeShipmentRate);
    }

    [Fact]
    public async Task RegionRowsSplitTheTotalByTopLevelRegion()
    {
        var rows = await ReadAsync(KnownSalesDatabase.Director, KpiDimension.Region);
        Assert.Equal([1, 2], rows.Select(r => r.Key.RegionId!.Value));
        var (east, north) = (rows[0], rows[1]);
        Assert.Equal((2900m, 6000m, 6400m, 1500m, 1, 2), (east.SalesAmount, east.Target, east.CollectedAmount, east.OverdueReceivables, east.NewCustomers, east.ShipmentCount));
        Assert.Equal((700m, 1200m, 0m, 400m, 1, 1), (north.SalesAmount, north.Target, north.CollectedAmount, north.OverdueReceivables, north.NewCustomers, north.ShipmentCount));
    }

    [Fact]
    public async Task ManagerAndRepSeeOnlyTheirOwnRowsInEveryKpi()
    {
        var manager = Assert.Single(await ReadAsync(KnownSalesDatabase.ManagerEast));
        Assert.Equal((2900m, 6000m, 6400m, 1500m, 1, 2), (manager.SalesAmount, manager.Target, manager.CollectedAmount, manager.OverdueReceivables, manager.NewCustomers, manager.ShipmentCount));
        var rep = Assert.Single(await ReadAsync(KnownSalesDatabase.RepNorth, KpiDimension.Staff));
        Assert.Equal(4, rep.Key.StaffId);
        Assert.Equal((700m, 1200m, 400m, 1), (rep.SalesAmount, rep.Target, rep.OverdueReceivables, rep.NewCustomers));
    }

    [Fact]
    public async Task OverdueReceivablesByMonthAreTheBalanceAtEachMonthEndUntilToday()
    {
        var rows = await ReadAsync(KnownSalesDatabase.Director, KpiDimension.Month);
        var overdue = rows.Where(r => r.OverdueReceivables is not null).ToDictionary(r => r.Key.Month!.Value, r => r.OverdueReceivables!.Value);
        Assert.Equal(
            new Dictionary<int, decimal> { [1] = 5000, [2] = 5000, [3] = 6500, [4] = 6900, [5] = 1900, [6] = 1900 },
            overdue);
    }

    [Fact]
    public async Task NewCustomerRateOfAMonthCountsTheCustomersWonEarlierInTheYear()
    {
        var rows = await ReadAsync(KnownSalesDatabase.Director, KpiDimension.Month);
        var march = rows.Single(r => r.Key.Month == 3);
        Assert.Equal((1, 3, 0.3333m), (march.NewCustomers!.Value, march.CustomersAtStart!.Value, march.NewCustomerRate!.Value));
    }

    [Fact]
    public async Task ProductLineRowsCarrySalesOnlyAndSumToTheTotal()
    {
        var rows = await ReadAsync(KnownSalesDatabase.Director, KpiDimension.ProductLine);
        Assert.Equal(["Pumps", "Valves"], rows.Select(r => r.Key.ProductLine));
        Assert.Equal((1300m, 2), (rows[0].SalesAmount, rows[0].ContractCount));
        Assert.Equal((2300m, 2), (rows[1].SalesAmount, rows[1].ContractCount));
        Assert.All(rows, r => Assert.Null(r.CollectedAmount));
        Assert.All(rows, r => Assert.Null(r.Target));
    }

    [Fact]
    public async Task RowsByEveryKeyAddUpToTheTotal()
    {
        var total = Assert.Single(await ReadAsync(KnownSalesDatabase.Director));
        var rows = await ReadAsync(KnownSalesDatabase.Director, KpiDimension.Region, KpiDimension.Staff, KpiDimension.CustomerGrade);
        Assert.Equal(total.SalesAmount, rows.Sum(r => r.SalesAmount));
        Assert.Equal(total.OverdueReceivables, rows.Sum(r => r.OverdueReceivables));
        Assert.Equal(total.ShipmentCount, rows.Sum(r => r.ShipmentCount));
        Assert.Equal(total.OnTimeShipments, rows.Sum(r => r.OnTimeShipments));
        Assert.Equal(total.CollectedAmount, rows.Sum(r => r.CollectedAmount));
    }

    [Fact]
    public async Task AgingPutsOpenReceivablesInBucketsByDaysPastDue()
    {
        var rows = await _reader.ReadAgingAsync(
            KnownSalesDatabase.Director, new HashSet<KpiDimension> { KpiDimension.Region }, KpiFilter.None, KnownSalesDatabase.Today, CancellationToken.None);
        Assert.Equal([1, 2], rows.Select(r => r.Key.RegionId!.Value));
        Assert.Equal((0m, 0m, 0m, 1500m, 0m), (rows[0].NotDue, rows[0].Days0To30, rows[0].Days31To60, rows[0].Days61To90, rows[0].Over90Days)); // I2: 90 days
        Assert.Equal((300m, 0m, 0m, 400m, 0m), (rows[1].NotDue, rows[1].Days0To30, rows[1].Days31To60, rows[1].Days61To90, rows[1].Over90Days)); // I3: 67 days; I5 due in July
        var total = Assert.Single(await ReadAsync(KnownSalesDatabase.Director));
        Assert.Equal(total.OverdueReceivables, rows.Sum(r => r.Overdue));
    }

    private async Task<IReadOnlyList<KpiRow>> ReadAsync(Caller caller, params KpiDimension[] groupBy) =>
        await _reader.ReadAsync(caller, Year2026, groupBy.ToHashSet(), KpiFilter.None, KnownSalesDatabase.Today, CancellationToken.None);
}
