namespace SalesGraph.Kpis;

/// <summary>What the reps' monthly targets add.</summary>
public sealed record TargetMeasures
{
    public decimal SalesTarget { get; init; }
}
