using SalesGraph.Data.Entities;
using SalesGraph.Targets;

namespace SalesGraph.UnitTests.Targets;

public sealed class TargetTreeArrangeTests
{
    private static Target T(int id, int? parent, TargetScope scope, int? quarter = null, int? month = null, decimal sales = 0, int? staff = null) =>
        new() { Id = id, ParentId = parent, Scope = scope, Quarter = quarter, Month = month, SalesAmount = sales, StaffId = staff, Year = 2026 };

    [Fact]
    public void TargetsWhoseParentIsNotVisibleBecomeRootsAndChildrenAreOrderedByPeriod()
    {
        // The caller sees the rep's year (parent 1 hidden) and its quarters out of order.
        var targets = new[] { T(12, 10, TargetScope.Staff, quarter: 2, staff: 5), T(10, 1, TargetScope.Staff, staff: 5), T(11, 10, TargetScope.Staff, quarter: 1, staff: 5) };
        var root = Assert.Single(TargetTreeReader.Arrange(targets, rootId: null, depth: null));
        Assert.Equal((10, TargetTreeLevel.Staff), (root.Target.Id, root.Level));
        Assert.Equal([11, 12], root.Children.Select(c => c.Target.Id));
        Assert.All(root.Children, c => Assert.Equal(TargetTreeLevel.Quarter, c.Level));
    }

    [Fact]
    public void UnallocatedIsTheParentMinusItsChildrenAndNullWhenNotSplit()
    {
        var targets = new[] { T(1, null, TargetScope.Company, sales: 1000), T(2, 1, TargetScope.Region, sales: 600), T(3, 1, TargetScope.Region, sales: 300) };
        var company = Assert.Single(TargetTreeReader.Arrange(targets, null, null));
        Assert.Equal((900m, 100m), (company.ChildrenSalesAmount, company.UnallocatedSalesAmount));
        Assert.All(company.Children, c => Assert.Null(c.UnallocatedSalesAmount));
        Assert.Equal(1000m, (company with { Actual = new TargetActuals(0, 0, 0) }).SalesGap);
        Assert.Null((company.Children[0] with { Target = T(2, 1, TargetScope.Region, sales: 0) }).AchievementRate);
    }

    [Fact]
    public void DepthCutsTheTreeAndRootPicksASubtree()
    {
        var targets = new[] { T(1, null, TargetScope.Company), T(2, 1, TargetScope.Region), T(3, 2, TargetScope.Staff, staff: 9), T(4, 3, TargetScope.Staff, quarter: 1, staff: 9) };
        var cut = Assert.Single(TargetTreeReader.Arrange(targets, null, depth: 1));
        var region = Assert.Single(cut.Children);
        Assert.Empty(region.Children);
        Assert.Equal((1, 0m), (region.ChildCount, region.UnallocatedSalesAmount)); // the split is known at the cut
        Assert.Equal(0, Assert.Single(TargetTreeReader.Arrange(targets, rootId: 4, depth: 0)).ChildCount);
        var sub = Assert.Single(TargetTreeReader.Arrange(targets, rootId: 3, depth: null));
        Assert.Equal(4, Assert.Single(sub.Children).Target.Id);
    }

    [Fact]
    public void AParentCycleInBadDataNeitherLoopsNorRepeatsATarget()
    {
        var targets = new[] { T(1, 2, TargetScope.Region), T(2, 1, TargetScope.Region), T(3, null, TargetScope.Company) };
        var roots = TargetTreeReader.Arrange(targets, null, null);
        Assert.Equal([3], roots.Select(r => r.Target.Id));
    }

    [Theory]
    [InlineData(null, null, 12)]
    [InlineData(3, null, 3)]
    [InlineData(3, 8, 1)]
    public void ATargetCoversTheMonthsOfItsPeriod(int? quarter, int? month, int count)
    {
        var months = TargetTreeNode.MonthsOf(T(1, null, TargetScope.Staff, quarter, month)).ToList();
        Assert.Equal(count, months.Count);
        Assert.Equal(month ?? (quarter is { } q ? (q * 3) - 2 : 1), months[0]);
    }
}
