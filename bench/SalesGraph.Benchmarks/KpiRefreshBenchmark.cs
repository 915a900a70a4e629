using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.Benchmarks;

/// <summary>
/// What a write pays for the KPI summary tables, for the rep with the most contracts of the 1,000,000-contract set,
/// inside a transaction that is rolled back so the data set is unchanged: a payment on the invoice of that rep's
/// contract with the most invoices, saved with the upkeep by difference every mutation now uses
/// (<see cref="KpiFactsMaintenance"/>: what the contract adds before and after), against the same payment followed by
/// recomputing the rep's whole history (<see cref="KpiFacts.RefreshAsync"/>, the upkeep before), and that recomputation
/// alone.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30, invocationCount: 1)]
[MinColumn, MaxColumn, MedianColumn]
public class KpiRefreshBenchmark : IDisposable
{
    private InProcessApi _api = null!;
    private IDbContextFactory<SalesGraphDbContext> _factory = null!;
    private int _busiestRep;
    private int _invoice;

    [GlobalSetup]
    public void Setup()
    {
        _api = new InProcessApi();
        _factory = _api.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
        using var db = _factory.CreateDbContext();
        _busiestRep = db.Contracts.GroupBy(c => c.OwnerId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        var contract = db.Invoices.Where(i => i.Contract!.OwnerId == _busiestRep).GroupBy(i => i.ContractId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        _invoice = db.Invoices.Where(i => i.ContractId == contract).OrderBy(i => i.Id).Select(i => i.Id).First();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "a payment saved, KPI upkeep by difference (KpiFactsMaintenance), busiest rep, 1M contracts (rolled back)")]
    public Task PaymentByDifference() => PayAsync(byDifference: true);

    [Benchmark(Description = "the same payment, then the rep's whole history recomputed (KpiFacts.RefreshAsync, before), 1M contracts (rolled back)")]
    public Task PaymentWithRepRefresh() => PayAsync(byDifference: false);

    private async Task PayAsync(bool byDifference)
    {
        await using var db = await _factory.CreateDbContextAsync();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var invoice = await db.Invoices.SingleAsync(i => i.Id == _invoice);
        db.Payments.Add(new Payment
        {
            Number = $"BENCH-{Guid.NewGuid():N}", ContractId = invoice.ContractId, InvoiceId = invoice.Id, Amount = 100m,
            ReceivedOn = invoice.DueOn.AddDays(10), Method = PaymentMethod.BankTransfer,
        });
        invoice.PaidAmount += 100m;
        if (byDifference)
        {
            var refresh = await new KpiFactsMaintenance().PrepareAsync(db, CancellationToken.None);
            await db.SaveChangesAsync();
            await refresh(CancellationToken.None);
        }
        else
        {
            await db.SaveChangesAsync();
            await KpiFacts.RefreshAsync(db, [_busiestRep], CancellationToken.None);
        }

        await transaction.RollbackAsync();
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
