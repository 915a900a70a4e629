using System.Linq.Expressions;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>How KPI rows roll regions up: every KPI row is by 大区, whatever 片区 a row is booked in.</summary>
public static class KpiRegions
{
    /// <summary>
    /// The 大区 of a row booked in a region (the row's navigation and foreign key): the region's parent when it is a
    /// 片区, else the region itself. Use it in KPI queries as <c>KpiRegions.TopLevelRegionId.Apply(row.Region, row.RegionId)</c>
    /// (see <see cref="KpiExpressions"/>). The id comes from the row's own column, not from the joined region, so the
    /// SQL reads <c>COALESCE(r.ParentId, row.RegionId)</c>.
    /// </summary>
    public static readonly Expression<Func<Region?, int, int>> TopLevelRegionId = (region, regionId) => region!.ParentId ?? regionId;
}
