namespace SalesGraph.Kpis;

/// <summary>The <c>period</c> argument: a year, optionally narrowed to a quarter or a month.</summary>
public sealed record KpiPeriodInput
{
    public int Year { get; init; }

    public int? Quarter { get; init; }

    public int? Month { get; init; }
}
