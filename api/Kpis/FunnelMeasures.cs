namespace SalesGraph.Kpis;

/// <summary>
/// What the funnel (商机) adds to a KPI row (<see cref="FunnelFacts"/>): each of its three reads sets the measures it
/// books in its own month (created; won or lost; expected to close), the others stay 0.
/// </summary>
public sealed record FunnelMeasures
{
    /// <summary>Opportunities created (by the business day created).</summary>
    public int Created { get; init; }

    /// <summary>Opportunities won (by the day closed).</summary>
    public int Won { get; init; }

    /// <summary>Σ expected amount of those won.</summary>
    public decimal WonAmount { get; init; }

    /// <summary>Opportunities lost (by the day closed).</summary>
    public int Lost { get; init; }

    /// <summary>Σ expected amount of open opportunities (LEAD, INTENTION, QUOTE), by the day they are expected to close.</summary>
    public decimal Pipeline { get; init; }

    /// <summary>Open opportunities expected to close in the period.</summary>
    public int Open { get; init; }
}
