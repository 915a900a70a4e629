using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Errors;
using SalesGraph.Kpis;

namespace SalesGraph.Targets;

/// <summary>
/// Reads the target tree of a year (company → regions → reps → quarters → months) over the targets the caller may see,
/// with the actuals of each node's scope and period taken from the KPIs (<see cref="KpiReader"/>, over the same row
/// scope), so a node's actual sales are exactly the <c>salesAmount</c> the <c>kpis</c> field reports for that scope.
/// </summary>
public sealed class TargetTreeReader(IDbContextFactory<SalesGraphDbContext> factory, KpiReader kpis)
{
    private static readonly HashSet<KpiDimension> ByStaffAndMonth = [KpiDimension.Staff, KpiDimension.Month];
    private static readonly HashSet<KpiDimension> ByRegionAndMonth = [KpiDimension.Region, KpiDimension.Month];
    private static readonly HashSet<KpiDimension> ByMonth = [KpiDimension.Month];

    /// <summary>
    /// The tree's roots: the visible targets of <paramref name="year"/> whose parent the caller does not see (the company
    /// target for head office, its region's target for a manager, its own yearly target for a rep), or the subtree of
    /// <paramref name="rootId"/>; cut <paramref name="depth"/> levels below the roots when given.
    /// </summary>
    /// <exception cref="CodedExecutionError">NOT_FOUND for a root the caller cannot see; VALIDATION for a negative depth.</exception>
    public async Task<IReadOnlyList<TargetTreeNode>> ReadAsync(
        Caller caller, int? year, int? rootId, int? depth, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (depth is < 0)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "depth must be 0 or more.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        Target? root = null;
        if (rootId is { } id)
        {
            root = await db.Scoped<Target>(caller).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new CodedExecutionError(ErrorCodes.NotFound, "No target with this id.");
        }

        var period = KpiPeriod.Of(root?.Year ?? year, null, null, today);
        var targets = await db.Scoped<Target>(caller).AsNoTracking().Where(t => t.Year == period.Year).ToListAsync(ct);
        var tree = Arrange(targets, root?.Id, depth);
        var all = Flatten(tree).Select(n => n.Target).ToList();
        var actuals = await ActualsAsync(db, caller, period, all, today, ct);
        return Attach(tree, actuals);
    }

    /// <summary>The targets as a forest (parents the caller cannot see make their children roots), ordered stably.</summary>
    public static IReadOnlyList<TargetTreeNode> Arrange(IReadOnlyCollection<Target> targets, int? rootId, int? depth)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var visible = targets.Select(t => t.Id).ToHashSet();
        var children = targets.Where(t => t.ParentId is { } p && visible.Contains(p)).ToLookup(t => t.ParentId!.Value);
        var placed = new HashSet<int>();
        var roots = rootId is { } r
            ? targets.Where(t => t.Id == r)
            : targets.Where(t => t.ParentId is not { } p || !visible.Contains(p));
        return Ordered(roots).Select(t => Node(t, 0)).OfType<TargetTreeNode>().ToList();

        TargetTreeNode? Node(Target target, int level)
        {
            if (!placed.Add(target.Id))
            {
                return null; // a parent cycle in bad data: each target appears once
            }

            var own = children[target.Id].ToList();
            var below = depth is { } d && level >= d
                ? []
                : Ordered(own).Select(c => Node(c, level + 1)).OfType<TargetTreeNode>().ToList();
            return new TargetTreeNode(target, TargetTreeNode.LevelOf(target), TargetActuals.None, TargetSplit.Of(own), below);
        }
    }

    private static IEnumerable<Target> Ordered(IEnumerable<Target> targets) =>
        targets.OrderBy(t => t.Scope).ThenBy(t => t.Quarter ?? 0).ThenBy(t => t.Month ?? 0)
            .ThenBy(t => t.RegionId ?? 0).ThenBy(t => t.StaffId ?? 0).ThenBy(t => t.Id);

    private static IEnumerable<TargetTreeNode> Flatten(IEnumerable<TargetTreeNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static List<TargetTreeNode> Attach(IReadOnlyList<TargetTreeNode> nodes, IReadOnlyDictionary<int, TargetActuals> actuals) =>
        nodes.Select(n => n with { Actual = actuals.GetValueOrDefault(n.Target.Id, TargetActuals.None), Children = Attach(n.Children, actuals) })
            .ToList();

    /// <summary>
    /// Actuals per target id: a rep's from the KPIs by staff and month, a 大区's and the company's from the KPIs by region
    /// and month, a 片区's (a region target below a 大区) from the KPIs narrowed to its subtree. At most two KPI reads
    /// plus one per 片区 target, whatever the size of the tree.
    /// </summary>
    private async Task<Dictionary<int, TargetActuals>> ActualsAsync(
        SalesGraphDbContext db, Caller caller, KpiPeriod period, IReadOnlyList<Target> targets, DateOnly today, CancellationToken ct)
    {
        var result = new Dictionary<int, TargetActuals>();
        var regionIds = targets.Where(t => t.Scope == TargetScope.Region && t.RegionId is not null).Select(t => t.RegionId!.Value).ToHashSet();
        var topLevel = (await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id) && r.ParentId == null).Select(r => r.Id).ToListAsync(ct))
            .ToHashSet();

        var staffTargets = targets.Where(t => t.Scope == TargetScope.Staff && t.StaffId is not null).ToList();
        var headTargets = targets.Where(t => t.Scope == TargetScope.Company || (t.Scope == TargetScope.Region && topLevel.Contains(t.RegionId ?? 0))).ToList();
        var subTargets = targets.Where(t => t.Scope == TargetScope.Region && !topLevel.Contains(t.RegionId ?? 0)).ToList();

        if (staffTargets.Count > 0)
        {
            var rows = await kpis.ReadAsync(caller, period, ByStaffAndMonth, KpiFilter.None, today, ct);
            var byKey = rows.ToDictionary(r => (r.Key.StaffId ?? 0, r.Key.Month ?? 0), TargetActuals.Of);
            foreach (var t in staffTargets)
            {
                result[t.Id] = Sum(TargetTreeNode.MonthsOf(t).Select(m => byKey.GetValueOrDefault((t.StaffId!.Value, m), TargetActuals.None)));
            }
        }

        if (headTargets.Count > 0)
        {
            var rows = await kpis.ReadAsync(caller, period, ByRegionAndMonth, KpiFilter.None, today, ct);
            foreach (var t in headTargets)
            {
                var months = TargetTreeNode.MonthsOf(t).ToHashSet();
                result[t.Id] = Sum(rows.Where(r => months.Contains(r.Key.Month ?? 0) && (t.Scope == TargetScope.Company || r.Key.RegionId == t.RegionId))
                    .Select(TargetActuals.Of));
            }
        }

        foreach (var t in subTargets)
        {
            var rows = await kpis.ReadAsync(caller, period, ByMonth, new KpiFilter(RegionId: t.RegionId), today, ct);
            var months = TargetTreeNode.MonthsOf(t).ToHashSet();
            result[t.Id] = Sum(rows.Where(r => months.Contains(r.Key.Month ?? 0)).Select(TargetActuals.Of));
        }

        return result;
    }

    private static TargetActuals Sum(IEnumerable<TargetActuals> actuals) => actuals.Aggregate(TargetActuals.None, (a, b) => a + b);
}
