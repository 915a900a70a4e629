using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Engines;
using GraphQL;

namespace SalesGraph.Benchmarks;

/// <summary>
/// The company KPI dashboard: 12 months × 大区 of the current year with every KPI, as the director asks for it, through
/// the real schema on the 1,000,000-contract data set. One invocation per iteration, so the percentiles are those of
/// single requests; Max bounds p99 from above. Measured as of two days: the 1st of the month, and the 15th, where the
/// overdue balance as of today needs the most days of the month (the worst case).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 60, invocationCount: 1)]
[MinColumn, MaxColumn, MedianColumn]
[Config(typeof(PercentileConfig))]
public class KpiDashboardBenchmark : IDisposable
{
    /// <summary>The dashboard document.</summary>
    public const string Dashboard = """
        {
          kpis(groupBy: [REGION, MONTH]) {
            region { code name } month
            salesAmount target achievementRate collectedAmount collectionRate overdueReceivables newCustomers newCustomerRate
            averageDiscountRate grossMargin contractCount onTimeShipmentRate
          }
        }
        """;

    private readonly ClaimsPrincipal _director = InProcessApi.Principal("director", "Director", staffId: 1);
    private InProcessApi _api = null!;

    /// <summary>The day of the month taken as today: of this month when it has come, else of the month before.</summary>
    [Params(1, 15)]
    public int DayOfMonth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = today.Day >= DayOfMonth ? today : today.AddMonths(-1);
        _api = new InProcessApi(new DateOnly(month.Year, month.Month, DayOfMonth));
        _ = _api.Services; // starts the host (and its start-up migration check) outside the measurements
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "kpis(groupBy: [REGION, MONTH]), director, 1M contracts")]
    public async Task<ExecutionResult> CompanyDashboard() => await _api.ExecuteAsync(Dashboard, _director);

    private sealed class PercentileConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
