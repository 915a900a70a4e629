using System.Linq.Expressions;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.UnitTests.Kpis;

/// <summary>The composition KPI queries use to name a piece of SQL once (<see cref="KpiExpressions"/>).</summary>
public sealed class KpiExpressionsTests
{
    [Fact]
    public void ExpandInlinesAnAppliedDefinitionSoNoCallToItIsLeft()
    {
        Expression<Func<Region, int>> topLevel = r => KpiRegions.TopLevelRegionId.Apply(r, r.Id);
        var expanded = KpiExpressions.Expand(topLevel);
        Assert.DoesNotContain(nameof(KpiExpressions.Apply), expanded.ToString(), StringComparison.Ordinal);
        var compiled = expanded.Compile();
        Assert.Equal(1, compiled(new Region { Id = 3, ParentId = 1, Code = "EAST-SH", Name = "上海片区", Path = "/1/3/", Level = 2 }));
        Assert.Equal(2, compiled(new Region { Id = 2, Code = "NORTH", Name = "华北大区", Path = "/2/", Level = 1 }));
    }

    [Fact]
    public void ExpandReadsAMemberOfAnObjectBuiltInTheExpressionAsTheValueItWasBuiltFrom()
    {
        Expression<Func<int, int>> owner = id => new KpiBooking { OwnerId = id, RegionId = 7 }.OwnerId;
        Assert.Same(owner.Parameters[0], KpiExpressions.Expand(owner).Body);
    }

    [Fact]
    public void ApplyThatWasNotExpandedFailsInsteadOfRunningOnTheClient()
    {
        var notExpanded = ((Expression<Func<Region, int>>)(r => KpiRegions.TopLevelRegionId.Apply(r, r.Id))).Compile();
        Assert.Throws<NotSupportedException>(() => notExpanded(new Region { Id = 1, Code = "EAST", Name = "华东大区", Path = "/1/", Level = 1 }));
    }
}
