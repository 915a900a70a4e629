namespace SalesGraph.Data.Entities;

/// <summary>
/// Sales of one month split by product line, for one owner rep, region and customer grade: what
/// <see cref="KpiMonthlyFact"/> holds for sales, from the contract lines. A contract counts once per product line it
/// has lines of.
/// </summary>
public sealed class KpiProductLineFact : IKpiFactKeys, IOwnedInRegion
{
    public int Year { get; set; }

    public int Month { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public int OwnerId { get; set; }

    public CustomerGrade Grade { get; set; }

    public required string ProductLine { get; set; }

    public decimal SalesAmount { get; set; }

    public decimal ListTotal { get; set; }

    public decimal CostTotal { get; set; }

    public int ContractCount { get; set; }
}
