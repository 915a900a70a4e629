using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Regions;

/// <summary>The <c>regions</c> and <c>region(id:)</c> root fields.</summary>
public sealed class RegionQueries() : EntityQueries<Region, RegionGraphType>(
    "Region", "regions", "region", "Sales regions, 大区 and 片区 (filter on `level` or walk `children` for the tree).");
