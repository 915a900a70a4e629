namespace SalesGraph.Kpis;

/// <summary>Open receivables of one row by age past due (DOMAIN.md rule 4).</summary>
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

    /// <summary>Rows from facts whose Month holds the age bucket (0 not due … 4 over 90 days) and amounts invoiced and paid.</summary>
    public static IReadOnlyList<AgingRow> From(IEnumerable<KpiFact> facts, IReadOnlySet<KpiDimension> groupBy)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(groupBy);
        return [.. facts
            .GroupBy(f => KpiCalculator.KeyOf(f, groupBy) with { Month = null, Quarter = null })
            .Select(g =>
            {
                decimal Bucket(int b) => g.Where(f => f.Month == b).Sum(f => f.Amount - f.Amount2);
                return new AgingRow { Key = g.Key, NotDue = Bucket(0), Days0To30 = Bucket(1), Days31To60 = Bucket(2), Days61To90 = Bucket(3), Over90Days = Bucket(4) };
            })
            .OrderBy(r => r.Key.RegionId).ThenBy(r => r.Key.StaffId).ThenBy(r => r.Key.CustomerGrade)];
    }
}
