using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.UnitTests.Kpis;

public sealed class KpiCalculatorTests
{
    private static readonly HashSet<KpiDimension> None = [];

    [Fact]
    public void RatesComeFromSummedNumeratorsAndDenominatorsNotFromAveragedRates()
    {
        // Region 1 gives 10%, region 2 gives 50% on a small contract and nothing on a large one.
        KpiSources sources = new()
        {
            Sales =
            [
                new KpiFact<SalesMeasures> { RegionId = 1, Measures = new() { Sales = 900, ListTotal = 1000, Cost = 450, Contracts = 1 } },
                new KpiFact<SalesMeasures> { RegionId = 2, Measures = new() { Sales = 500, ListTotal = 1000, Cost = 100, Contracts = 1 } },
                new KpiFact<SalesMeasures> { RegionId = 2, Measures = new() { Sales = 9000, ListTotal = 9000, Cost = 9000, Contracts = 1 } },
            ],
        };
        var total = Assert.Single(KpiCalculator.Compute(None, sources, byProductLine: false, withTargets: true));
        Assert.Equal(10400m, total.SalesAmount);
        Assert.Equal(0.0545m, total.AverageDiscountRate); // 600 ÷ 11,000, not (0.10 + 0.2545) ÷ 2
        Assert.Equal(0.0817m, total.GrossMargin); // 850 ÷ 10,400
        Assert.Equal(3, total.ContractCount);
    }

    [Fact]
    public void SubRegionRowsGoToEachRepsOwnSubRegionAndLeaveRepsOfTheRegionItselfWithoutOne()
    {
        // Reps 1 and 2 sit in 片区 10, rep 3 in 片区 11, rep 4 in the 大区 itself; by SUB_REGION the staff key is dropped.
        var subRegions = new Dictionary<int, int> { [1] = 10, [2] = 10, [3] = 11 };
        KpiSources sources = new()
        {
            Sales = [.. new[] { (1, 100m), (2, 50m), (3, 30m), (4, 7m) }.Select(s => new KpiFact<SalesMeasures> { RegionId = 1, StaffId = s.Item1, Measures = new() { Sales = s.Item2, ListTotal = s.Item2, Contracts = 1 } })],
            Targets = [new KpiFact<TargetMeasures> { RegionId = 1, StaffId = 2, Measures = new() { SalesTarget = 300 } }],
        };
        var rows = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.SubRegion }, sources, false, true, subRegions);
        Assert.Equal([((int?)null, 7m), (10, 150m), (11, 30m)], rows.Select(r => (r.Key.SubRegionId, r.SalesAmount)).OrderBy(r => r.Item1 ?? 0));
        Assert.All(rows, r => Assert.Null(r.Key.StaffId));
        Assert.All(rows, r => Assert.Null(r.Key.RegionId));
        Assert.Equal(0.5m, rows.Single(r => r.Key.SubRegionId == 10).AchievementRate);
    }

    [Fact]
    public void DsoIsTheRowsReceivablesOverItsBillingTimesItsDaysNotAnAverageOfTheRegionsDso()
    {
        // Q1 (90 days to 31 March): region 1 billed 100,000 and is owed 50,000 (45 days), region 2 billed 200,000 and is owed 70,000 (31.5 days).
        KpiSources sources = new()
        {
            Invoiced =
            [
                new KpiFact<FlowMeasures> { RegionId = 1, Month = 1, Measures = new() { Invoiced = 60_000 } },
                new KpiFact<FlowMeasures> { RegionId = 1, Month = 3, Measures = new() { Invoiced = 40_000 } },
                new KpiFact<FlowMeasures> { RegionId = 2, Month = 2, Measures = new() { Invoiced = 200_000 } },
            ],
            Receivables =
            [
                new KpiFact<OverdueMeasures> { RegionId = 1, Month = 3, Measures = new() { Balance = 50_000 } },
                new KpiFact<OverdueMeasures> { RegionId = 2, Month = 3, Measures = new() { Balance = 70_000 } },
                new KpiFact<OverdueMeasures> { RegionId = 3, Month = 3, Measures = new() { Balance = 1_000 } }, // owed, but nothing billed in the period
            ],
            OverdueMonths = [3],
            DaysToAsOf = new Dictionary<int, int> { [3] = 90 },
        };
        var total = Assert.Single(KpiCalculator.Compute(None, sources, false, true));
        Assert.Equal((300_000m, 121_000m, 90), (total.InvoicedAmount, total.ReceivablesOutstanding, total.DaysInPeriod));
        Assert.Equal(36.3m, total.DaysSalesOutstanding); // 121,000 ÷ 300,000 × 90, not the mean of 45 and 31.5
        var byRegion = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.Region }, sources, false, true);
        Assert.Equal([(1, (decimal?)45.0m), (2, 31.5m), (3, null)], byRegion.Select(r => (r.Key.RegionId!.Value, r.DaysSalesOutstanding)));
        Assert.Equal(33.3m, KpiCalculator.Dso(1, 3, 100)); // 33.33… to 1 place
        Assert.Equal(0.1m, KpiCalculator.Dso(1, 20, 1)); // 0.05 half away from zero
    }

    [Fact]
    public void RatesWithoutADenominatorAreNullNotZero()
    {
        var total = Assert.Single(KpiCalculator.Compute(None, new KpiSources { Collected = [new KpiFact<FlowMeasures> { Measures = new() { Collected = 100 } }] }, false, true));
        Assert.Null(total.CollectionRate);
        Assert.Null(total.AchievementRate);
        Assert.Null(total.GrossMargin);
        Assert.Equal(100m, total.CollectedAmount);
    }

    [Fact]
    public void QuarterRowsSumTheirMonths()
    {
        KpiSources sources = new()
        {
            Sales = [new KpiFact<SalesMeasures> { Month = 1, Measures = new() { Sales = 1 } }, new KpiFact<SalesMeasures> { Month = 3, Measures = new() { Sales = 2 } }, new KpiFact<SalesMeasures> { Month = 4, Measures = new() { Sales = 4 } }],
            Targets = [new KpiFact<TargetMeasures> { Month = 2, Measures = new() { SalesTarget = 10 } }, new KpiFact<TargetMeasures> { Month = 5, Measures = new() { SalesTarget = 20 } }],
        };
        var rows = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.Quarter }, sources, false, true);
        Assert.Equal([(1, 3m, 10m), (2, 4m, 20m)], rows.Select(r => (r.Key.Quarter!.Value, r.SalesAmount, r.Target!.Value)));
        Assert.Equal([0.3m, 0.2m], rows.Select(r => r.AchievementRate!.Value));
    }

    [Fact]
    public void SalesNetOfReturnsKeepsTheGrossFigureBesideIt()
    {
        KpiSources sources = new()
        {
            Sales = [new KpiFact<SalesMeasures> { Month = 3, Measures = new() { Sales = 1_000, ListTotal = 1_000, Contracts = 1 } }],
            Returns = [new KpiFact<FlowMeasures> { Month = 3, Measures = new() { Returned = 120 } }, new KpiFact<FlowMeasures> { Month = 4, Measures = new() { Returned = 30 } }],
        };

        var total = Assert.Single(KpiCalculator.Compute(None, sources, false, true));
        Assert.Equal((1_000m, 150m, 850m), (total.SalesAmount, total.ReturnsAmount!.Value, total.NetSalesAmount!.Value));
        var months = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.Month }, sources, false, true);
        Assert.Equal([(3, 880m), (4, -30m)], months.Select(r => (r.Key.Month!.Value, r.NetSalesAmount!.Value)));
        var byLine = Assert.Single(KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.ProductLine }, sources with { Returns = [] }, byProductLine: true, withTargets: false));
        Assert.Null(byLine.ReturnsAmount);
        Assert.Null(byLine.NetSalesAmount);
    }

    [Fact]
    public void ByProductLineOnlySalesFiguresAreGiven()
    {
        KpiSources sources = new()
        {
            Sales = [new KpiFact<SalesMeasures> { ProductLine = "Pumps", Measures = new() { Sales = 10, ListTotal = 10, Contracts = 1 } }],
            Collected = [new KpiFact<FlowMeasures> { Measures = new() { Collected = 5 } }],
            Targets = [new KpiFact<TargetMeasures> { Measures = new() { SalesTarget = 100 } }],
        };
        var row = Assert.Single(KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.ProductLine }, sources, byProductLine: true, withTargets: false));
        Assert.Equal("Pumps", row.Key.ProductLine);
        Assert.Null(row.CollectedAmount);
        Assert.Null(row.Target);
        Assert.Null(row.OverdueReceivables);
    }

    [Fact]
    public void TheFunnelWinRateIsWonOverClosedPerRowAndNullWithoutClosedOnes()
    {
        KpiSources sources = new()
        {
            Funnel =
            [
                new KpiFact<FunnelMeasures> { StaffId = 1, Month = 4, Measures = new() { Created = 3 } },
                new KpiFact<FunnelMeasures> { StaffId = 1, Month = 5, Measures = new() { Won = 1, WonAmount = 80_000, Lost = 2 } },
                new KpiFact<FunnelMeasures> { StaffId = 1, Month = 6, Measures = new() { Open = 2, Pipeline = 50_000 } },
                new KpiFact<FunnelMeasures> { StaffId = 2, Month = 4, Measures = new() { Created = 1, Open = 1, Pipeline = 10_000 } },
            ],
        };
        var byRep = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.Staff }, sources, false, true);
        Assert.Equal(
            [(1, 3, 1, 80_000m, 2, (decimal?)0.3333m, 2, 50_000m), (2, 1, 0, 0m, 0, null, 1, 10_000m)],
            byRep.Select(r => (r.Key.StaffId!.Value, r.OpportunitiesCreated!.Value, r.OpportunitiesWon!.Value, r.WonOpportunityAmount!.Value,
                r.OpportunitiesLost!.Value, r.FunnelWinRate, r.OpenOpportunities!.Value, r.PipelineAmount!.Value)));
        var total = Assert.Single(KpiCalculator.Compute(None, sources, false, true));
        Assert.Equal((4, 0.3333m, 60_000m), (total.OpportunitiesCreated!.Value, total.FunnelWinRate!.Value, total.PipelineAmount!.Value));
        var byMonth = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.Month }, sources, false, true);
        Assert.Equal([(4, 4, 0), (5, 0, 1), (6, 0, 0)], byMonth.Select(r => (r.Key.Month!.Value, r.OpportunitiesCreated!.Value, r.OpportunitiesWon!.Value)));
        var byLine = KpiCalculator.Compute(new HashSet<KpiDimension> { KpiDimension.ProductLine }, sources, byProductLine: true, withTargets: false);
        Assert.Empty(byLine);
    }

    [Fact]
    public void KeysNotGroupedByAreDropped()
    {
        var key = KpiCalculator.KeyOf(
            new KpiFact<SalesMeasures> { RegionId = 1, StaffId = 2, Month = 8, ProductLine = "Pumps", Grade = CustomerGrade.B },
            new HashSet<KpiDimension> { KpiDimension.Staff, KpiDimension.Quarter });
        Assert.Equal(new KpiKey(StaffId: 2, Quarter: 3), key);
    }
}
