using GraphQL.Types;

namespace SalesGraph.Targets;

/// <summary>One node of the target tree.</summary>
public sealed class TargetTreeNodeGraphType : ObjectGraphType<TargetTreeNode>
{
    public TargetTreeNodeGraphType()
    {
        Name = "TargetTreeNode";
        Description = "A target of the tree with what was achieved against it over its scope and period (the same figures as `kpis`), "
            + "the gap to it, and what its children leave unallocated. Amounts are CNY; rates are fractions with 4 places.";
        Field<NonNullGraphType<TargetGraphType>>("target").Description("The target.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<EnumerationGraphType<TargetTreeLevel>>>("level").Description("Company, region, rep (year), quarter or month.")
            .Resolve(c => c.Source.Level);
        Field<NonNullGraphType<DecimalGraphType>>("salesActual").Description("销售额 over the target's scope and period.")
            .Resolve(c => c.Source.Actual.SalesAmount);
        Field(n => n.SalesGap).Description("salesAmount target − salesActual: positive while short of the target.");
        Field(n => n.AchievementRate, nullable: true).Description("计划达成率: salesActual ÷ the sales target; null for a zero target.");
        Field<NonNullGraphType<DecimalGraphType>>("collectedActual").Description("回款额: payments received over the target's scope and period.")
            .Resolve(c => c.Source.Actual.CollectedAmount);
        Field(n => n.CollectionGap).Description("collectionAmount target − collectedActual.");
        Field(n => n.CollectionAchievementRate, nullable: true).Description("collectedActual ÷ the collection target; null for a zero target.");
        Field<NonNullGraphType<IntGraphType>>("newCustomersActual").Description("Customers whose first contract fell in the period.")
            .Resolve(c => c.Source.Actual.NewCustomers);
        Field(n => n.NewCustomersGap).Description("newCustomers target − newCustomersActual.");
        Field(n => n.ChildCount).Description("How many children the caller sees this target split into, also beyond a `depth` cut (0: not split).");
        Field(n => n.ChildrenSalesAmount, nullable: true).Description("Σ the children's sales targets (all of them, also beyond a `depth` cut); null when the target is not split.");
        Field(n => n.UnallocatedSalesAmount, nullable: true)
            .Description("The sales target − Σ its children's: 0 when split exactly, the gap otherwise; null when not split.");
        Field(n => n.UnallocatedCollectionAmount, nullable: true).Description("The collection target − Σ its children's; null when not split.");
        Field(n => n.UnallocatedNewCustomers, nullable: true).Description("The new-customer target − Σ its children's; null when not split.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetTreeNodeGraphType>>>>("children")
            .Description("The targets this one is split into (those the caller may see), down to the requested depth: empty at the cut, where `childCount` still tells whether there are any.")
            .Resolve(c => c.Source.Children);
    }
}
