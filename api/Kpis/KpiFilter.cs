using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>Narrows KPIs further than the caller's row scope (which always applies first).</summary>
/// <param name="RegionId">Only this region's subtree (a 大区 or a 片区).</param>
/// <param name="StaffId">Only this rep's contracts, customers and targets.</param>
/// <param name="CustomerGrade">Only customers of this grade.</param>
/// <param name="ProductLine">Only contract lines of this product line (only sales figures can follow it).</param>
public sealed record KpiFilter(int? RegionId = null, int? StaffId = null, CustomerGrade? CustomerGrade = null, string? ProductLine = null)
{
    /// <summary>No narrowing.</summary>
    public static KpiFilter None { get; } = new();
}
