using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.Kpis;

namespace SalesGraph.Benchmarks;

/// <summary>
/// What every write pays on top of its own statements for the KPI summary tables: recomputing one rep's monthly,
/// product-line and daily overdue rows and its region's rows (<see cref="KpiFacts.RefreshAsync"/>), for the rep with the
/// most contracts of the 1,000,000-contract set, inside a transaction that is rolled back so the data set is unchanged.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30, invocationCount: 1)]
[MinColumn, MaxColumn, MedianColumn]
public class KpiRefreshBenchmark : IDisposable
{
    private InProcessApi _api = null!;
    private IDbContextFactory<SalesGraphDbContext> _factory = null!;
    private int _busiestRep;

    [GlobalSetup]
    public void Setup()
    {
        _api = new InProcessApi();
        _factory = _api.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
        using var db = _factory.CreateDbContext();
        _busiestRep = db.Contracts.GroupBy(c => c.OwnerId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "KpiFacts.RefreshAsync, busiest rep, 1M contracts (rolled back)")]
    public async Task RefreshBusiestRep()
    {
        await using var db = await _factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await KpiFacts.RefreshAsync(db, [_busiestRep], CancellationToken.None);
        await transaction.RollbackAsync();
    }
}
