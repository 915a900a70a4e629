using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Targets;

/// <summary>A sales target.</summary>
public sealed class TargetGraphType : ObjectGraphType<Target>
{
    public TargetGraphType()
    {
        Name = "Target";
        Description = "A sales target (销售目标) for a period and a scope; its children split it and sum to it.";
        this.NodeId(t => t.Id);
        Field(t => t.Year).Description("The year.");
        Field(t => t.Quarter, nullable: true).Description("1–4 for a quarterly target.");
        Field(t => t.Month, nullable: true).Description("1–12 for a monthly target.");
        Field(t => t.Scope).Description("Company, region or staff.");
        Field(t => t.SalesAmount).Description("Sales amount target in CNY.");
        Field(t => t.CollectionAmount).Description("Collection (回款) target in CNY.");
        Field(t => t.NewCustomers).Description("Target number of new A/B customers.");
        Field(t => t.Version).Description("Optimistic concurrency version.");
        Field<RegionGraphType>("region")
            .Description("The region, for a region target.")
            .Resolve(c => c.Source.RegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<StaffGraphType>("staff")
            .Description("The rep, for a staff target.")
            .Resolve(c => c.Source.StaffId is { } id ? c.LoadById<Staff>(id) : null);
        Field<TargetGraphType>("parent")
            .Description("The target this one is part of.")
            .Resolve(c => c.Source.ParentId is { } id ? c.LoadById<Target>(id) : null);
        this.Connection<Target, TargetGraphType>("children")
            .Description("The targets this one is split into.")
            .ResolveChildren(t => t.ParentId, parent => parent.Id, TargetQueries.ById);
    }
}
