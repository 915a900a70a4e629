using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// The keys of one grouped sum as SQL returns it (0 or null when not grouped by); <see cref="KpiFact{TMeasures}"/> adds
/// the named measures. The keys are shared by every measure, so <see cref="KpiCalculator"/> can merge rows of different
/// measures by key.
/// </summary>
public abstract class KpiFact
{
    public int Year { get; set; }

    /// <summary>The region: a rep's own in the summary tables, its 大区 (<see cref="KpiRegions.TopLevelRegionId"/>) in KPI rows.</summary>
    public int RegionId { get; set; }

    public int StaffId { get; set; }

    public int Month { get; set; }

    /// <summary>The day of the month, for the daily overdue changes only.</summary>
    public int Day { get; set; }

    /// <summary>How long open receivables are past due, for the aging rows only.</summary>
    public AgingBucket Bucket { get; set; }

    public string? ProductLine { get; set; }

    public CustomerGrade? Grade { get; set; }

    /// <summary>The customer, for the aging rows only (the summary tables have no customer key).</summary>
    public int CustomerId { get; set; }
}

/// <summary>One grouped sum: its keys and its measures, named by <typeparamref name="TMeasures"/> (<see cref="SalesMeasures"/>…).</summary>
/// <typeparam name="TMeasures">The measures summed per key; only those a query sets are summed, the others stay 0.</typeparam>
public sealed class KpiFact<TMeasures> : KpiFact
    where TMeasures : new()
{
    public TMeasures Measures { get; set; } = new();
}
