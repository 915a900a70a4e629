using System.ComponentModel;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.Targets;

/// <summary>The level of a node in the target tree.</summary>
[Description("The level of a node in the target tree.")]
public enum TargetTreeLevel
{
    /// <summary>The company's target for a year.</summary>
    [Description("The company's target for a year.")]
    Company,

    /// <summary>A region's (大区's) target.</summary>
    [Description("A region's (大区's) target.")]
    Region,

    /// <summary>A rep's yearly target.</summary>
    [Description("A rep's yearly target.")]
    Staff,

    /// <summary>A rep's quarterly target.</summary>
    [Description("A rep's quarterly target.")]
    Quarter,

    /// <summary>A rep's monthly target.</summary>
    [Description("A rep's monthly target.")]
    Month,
}

/// <summary>What was achieved against a target: the same measures as the target, over its scope and period.</summary>
/// <param name="SalesAmount">Sales amount (KPI <c>salesAmount</c>).</param>
/// <param name="CollectedAmount">Payments received (KPI <c>collectedAmount</c>).</param>
/// <param name="NewCustomers">Customers whose first contract fell in the period (KPI <c>newCustomers</c>).</param>
public sealed record TargetActuals(decimal SalesAmount, decimal CollectedAmount, int NewCustomers)
{
    /// <summary>Nothing achieved.</summary>
    public static TargetActuals None { get; } = new(0, 0, 0);

    /// <summary>The sum of two actuals.</summary>
    public static TargetActuals operator +(TargetActuals a, TargetActuals b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.SalesAmount + b.SalesAmount, a.CollectedAmount + b.CollectedAmount, a.NewCustomers + b.NewCustomers);
    }

    /// <summary>The actuals of one KPI row.</summary>
    public static TargetActuals Of(KpiRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.SalesAmount, row.CollectedAmount ?? 0, row.NewCustomers ?? 0);
    }
}

/// <summary>What the children of a target were given, summed: the split of the target.</summary>
/// <param name="Count">How many children the caller sees.</param>
/// <param name="SalesAmount">Σ their sales targets.</param>
/// <param name="CollectionAmount">Σ their collection targets.</param>
/// <param name="NewCustomers">Σ their new-customer targets.</param>
public sealed record TargetSplit(int Count, decimal SalesAmount, decimal CollectionAmount, int NewCustomers)
{
    /// <summary>The split of <paramref name="children"/>; null when there are none (the target is not split).</summary>
    public static TargetSplit? Of(IReadOnlyCollection<Target> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        return children.Count == 0
            ? null
            : new(children.Count, children.Sum(c => c.SalesAmount), children.Sum(c => c.CollectionAmount), children.Sum(c => c.NewCustomers));
    }
}

/// <summary>
/// One target of the tree with what was achieved against it, the gap to it, and how much of it its children leave
/// unallocated (the children of a target must sum to it: docs/domain.md). <see cref="Split"/> covers every child the caller
/// sees, also when <see cref="Children"/> is cut by a depth.
/// </summary>
public sealed record TargetTreeNode(
    Target Target, TargetTreeLevel Level, TargetActuals Actual, TargetSplit? Split, IReadOnlyList<TargetTreeNode> Children)
{
    /// <summary>Target minus actual sales: positive while short of the target, negative once beyond it.</summary>
    public decimal SalesGap => Target.SalesAmount - Actual.SalesAmount;

    /// <summary>Target minus actual collections.</summary>
    public decimal CollectionGap => Target.CollectionAmount - Actual.CollectedAmount;

    /// <summary>Target minus actual new customers.</summary>
    public int NewCustomersGap => Target.NewCustomers - Actual.NewCustomers;

    /// <summary>Actual ÷ target sales, to 4 places; null for a zero target.</summary>
    public decimal? AchievementRate => KpiCalculator.Rate(Actual.SalesAmount, Target.SalesAmount);

    /// <summary>Actual ÷ target collections, to 4 places; null for a zero target.</summary>
    public decimal? CollectionAchievementRate => KpiCalculator.Rate(Actual.CollectedAmount, Target.CollectionAmount);

    /// <summary>How many children the target is split into (0 when not split).</summary>
    public int ChildCount => Split?.Count ?? 0;

    /// <summary>Σ of the children's sales targets; null when the target is not split.</summary>
    public decimal? ChildrenSalesAmount => Split?.SalesAmount;

    /// <summary>The sales target minus what its children were given: 0 when split exactly; null when not split.</summary>
    public decimal? UnallocatedSalesAmount => Split is { } s ? Target.SalesAmount - s.SalesAmount : null;

    /// <summary>The collection target minus what its children were given; null when not split.</summary>
    public decimal? UnallocatedCollectionAmount => Split is { } s ? Target.CollectionAmount - s.CollectionAmount : null;

    /// <summary>The new-customer target minus what its children were given; null when not split.</summary>
    public int? UnallocatedNewCustomers => Split is { } s ? Target.NewCustomers - s.NewCustomers : null;

    /// <summary>The level of a target: by scope, and for a rep by its period.</summary>
    public static TargetTreeLevel LevelOf(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Scope switch
        {
            TargetScope.Company => TargetTreeLevel.Company,
            TargetScope.Region => TargetTreeLevel.Region,
            _ when target.Month is not null => TargetTreeLevel.Month,
            _ when target.Quarter is not null => TargetTreeLevel.Quarter,
            _ => TargetTreeLevel.Staff,
        };
    }

    /// <summary>The months (1–12) a target's period covers.</summary>
    public static IEnumerable<int> MonthsOf(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Month is { } m ? [m]
            : target.Quarter is { } q ? Enumerable.Range((q * 3) - 2, 3)
            : Enumerable.Range(1, 12);
    }
}
