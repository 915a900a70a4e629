using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>One counted contract's lines of one product line, summed (<see cref="KpiMeasures.SalesByLine"/>).</summary>
public sealed class ContractLineSales
{
    /// <summary>The contract's signing year.</summary>
    public int Year { get; init; }

    /// <summary>The contract's signing month.</summary>
    public int Month { get; init; }

    /// <summary>The contract's region (a 片区 or a 大区).</summary>
    public int RegionId { get; init; }

    public int OwnerId { get; init; }

    public CustomerGrade Grade { get; init; }

    public required string ProductLine { get; init; }

    public decimal Agreed { get; init; }

    public decimal List { get; init; }

    public decimal Cost { get; init; }
}
