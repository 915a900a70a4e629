namespace SalesGraph.Kpis;

/// <summary>What contracts counted in sales add (<see cref="KpiMeasures.Sales"/>, by signing day).</summary>
public sealed record SalesMeasures
{
    /// <summary>Agreed totals.</summary>
    public decimal Sales { get; init; }

    /// <summary>List-price totals: the base of the average discount.</summary>
    public decimal ListTotal { get; init; }

    /// <summary>Cost totals: the base of the gross margin.</summary>
    public decimal Cost { get; init; }

    /// <summary>Contracts (once per product line when split by product line).</summary>
    public int Contracts { get; init; }
}
