using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>The <c>where</c> argument of <c>kpis</c>, with global ids as the client sends them.</summary>
public sealed record KpiFilterInput
{
    public string? RegionId { get; init; }

    public string? StaffId { get; init; }

    public CustomerGrade? CustomerGrade { get; init; }

    public string? ProductLine { get; init; }
}
