using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Regions;

/// <summary>A sales region: a 大区 or a 片区.</summary>
public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "A sales region (区域): a 大区 at level 1 or a 片区 under it at level 2.";
        this.NodeId(r => r.Id);
        Field(r => r.Code).Description("Short unique code, e.g. `EAST` or `EAST-SH`.");
        Field(r => r.Name).Description("Display name, e.g. 华东大区.");
        Field(r => r.Level).Description("1 for a 大区, 2 for a 片区.");
        Field(r => r.IsActive).Description("Whether the region is in use.");
        Field<RegionGraphType>("parent")
            .Description("The 大区 a 片区 belongs to; null for a 大区.")
            .Resolve(c => c.Source.ParentId is { } id ? c.LoadById<Region>(id) : null);
        this.Connection<Region, RegionGraphType>("children")
            .Description("The 片区 under this region.")
            .ResolveChildren(r => r.ParentId, parent => parent.Id, RegionQueries.ById);
        Field<StaffGraphType>("manager")
            .Description("The regional manager (区域经理) who runs this region.")
            .Resolve(c => c.Source.ManagerId is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<Region, CustomerGraphType>("customers")
            .Description("Customers assigned directly to this region that the caller may see.")
            .ResolveChildren(x => x.RegionId, parent => parent.Id, CustomerQueries.ById);
        this.Connection<Region, StaffGraphType>("staff")
            .Description("Staff assigned directly to this region.")
            .ResolveChildren(x => x.RegionId, parent => parent.Id, StaffQueries.ById);
    }
}
