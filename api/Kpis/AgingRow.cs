namespace SalesGraph.Kpis;

/// <summary>Open receivables of one row by age past due as of a day (docs/domain.md rule 4).</summary>
public sealed record AgingRow
{
    public required KpiKey Key { get; init; }

    /// <summary>Open and not yet due.</summary>
    public decimal NotDue { get; init; }

    public decimal Days0To30 { get; init; }

    public decimal Days31To60 { get; init; }

    public decimal Days61To90 { get; init; }

    public decimal Over90Days { get; init; }

    public decimal Overdue => Days0To30 + Days31To60 + Days61To90 + Over90Days;

    public decimal Open => NotDue + Overdue;

    /// <summary>Rows from the open invoices' sums per <see cref="KpiFact.Bucket"/>.</summary>
    /// <param name="facts">The sums, keyed at least as finely as <paramref name="groupBy"/>.</param>
    /// <param name="groupBy">The dimensions of the rows.</param>
    /// <param name="subRegions">Each rep's 片区, for <see cref="KpiDimension.SubRegion"/> (the facts then carry their staff).</param>
    public static IReadOnlyList<AgingRow> From(
        IEnumerable<KpiFact<AgingMeasures>> facts, IReadOnlySet<KpiDimension> groupBy, IReadOnlyDictionary<int, int>? subRegions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(groupBy);
        return [.. facts
            .GroupBy(f => KpiCalculator.KeyOf(f, groupBy, subRegions) with { Month = null, Quarter = null })
            .Select(g =>
            {
                decimal Open(AgingBucket b) => g.Where(f => f.Bucket == b).Sum(f => f.Measures.Invoiced - f.Measures.Paid);
                return new AgingRow
                {
                    Key = g.Key, NotDue = Open(AgingBucket.NotDue), Days0To30 = Open(AgingBucket.Days0To30), Days31To60 = Open(AgingBucket.Days31To60),
                    Days61To90 = Open(AgingBucket.Days61To90), Over90Days = Open(AgingBucket.Over90Days),
                };
            })
            .OrderBy(r => r.Key.RegionId).ThenBy(r => r.Key.SubRegionId).ThenBy(r => r.Key.StaffId).ThenBy(r => r.Key.CustomerGrade).ThenBy(r => r.Key.CustomerId)];
    }
}
