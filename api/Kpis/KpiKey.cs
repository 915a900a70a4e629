using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>The group keys of one KPI row; a key not grouped by is null.</summary>
public sealed record KpiKey(
    int? RegionId = null,
    int? StaffId = null,
    int? Quarter = null,
    int? Month = null,
    string? ProductLine = null,
    CustomerGrade? CustomerGrade = null,
    int? SubRegionId = null,
    int? CustomerId = null);
