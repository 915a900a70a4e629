namespace SalesGraph.Kpis;

/// <summary>A row's overdue receivables as of a day: a balance, not a flow (<see cref="KpiSources.Overdue"/>).</summary>
public sealed record OverdueMeasures
{
    public decimal Balance { get; init; }
}
