using GraphQL.Types;

namespace SalesGraph.Targets;

/// <summary>Input of <c>setTarget</c>: a period, a scope (none: the company; a region; a rep) and the figures.</summary>
public sealed record SetTargetInput
{
    public int Year { get; init; }
    public int? Quarter { get; init; }
    public int? Month { get; init; }
    public string? RegionId { get; init; }
    public string? StaffId { get; init; }
    public decimal SalesAmount { get; init; }
    public decimal CollectionAmount { get; init; }
    public int NewCustomers { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>SetTargetInput</c> input type.</summary>
public sealed class SetTargetInputGraphType : InputObjectGraphType<SetTargetInput>
{
    public SetTargetInputGraphType()
    {
        Name = "SetTargetInput";
        Description =
            "Creates or changes the target of one period and scope: the company (neither regionId nor staffId), a region or a rep. " +
            "A new target hangs under the target of the enclosing period or scope when there is one.";
        Field(i => i.Year).Description("The year (2000–2100).");
        Field(i => i.Quarter, nullable: true).Description("1–4 for a quarterly target (implied by month).");
        Field(i => i.Month, nullable: true).Description("1–12 for a monthly target.");
        Field(i => i.RegionId, type: typeof(IdGraphType)).Description("The region, for a region target (director only).");
        Field(i => i.StaffId, type: typeof(IdGraphType)).Description("The sales rep, for a rep target (director; the manager of the rep's region).");
        Field(i => i.SalesAmount).Description("Sales amount target in CNY (not negative, 2 decimal places).");
        Field(i => i.CollectionAmount).Description("Collection (回款) target in CNY (not negative, 2 decimal places).");
        Field(i => i.NewCustomers).Description("Target number of new A/B customers (not negative).");
        Field(i => i.Version, nullable: true).Description("When changing an existing target: the version the client read; a stale one fails with CONFLICT.");
    }
}

/// <summary>Input of <c>splitTarget</c>: the parent and the complete list of its parts.</summary>
public sealed record SplitTargetInput
{
    public string TargetId { get; init; } = "";
    public int? Version { get; init; }
    public IReadOnlyList<TargetPartInput> Children { get; init; } = [];
}

/// <summary>One part of a split: a region, a rep, or a quarter or month of the parent's period.</summary>
public sealed record TargetPartInput
{
    public string? RegionId { get; init; }
    public string? StaffId { get; init; }
    public int? Quarter { get; init; }
    public int? Month { get; init; }
    public decimal SalesAmount { get; init; }
    public decimal CollectionAmount { get; init; }
    public int NewCustomers { get; init; }
}

/// <summary>The <c>SplitTargetInput</c> input type.</summary>
public sealed class SplitTargetInputGraphType : InputObjectGraphType<SplitTargetInput>
{
    public SplitTargetInputGraphType()
    {
        Name = "SplitTargetInput";
        Description =
            "Splits a target into parts that sum exactly to it (sales, collection and new customers); a gap is a VALIDATION error that names it. " +
            "The list is complete: parts of an earlier split that are not named again are removed (unless split further themselves).";
        Field(i => i.TargetId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The target to split (in the caller's scope).");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the split fails with CONFLICT.");
        Field(i => i.Children, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TargetPartInputGraphType>>>)).Description("1 to 100 parts.");
    }
}

/// <summary>The <c>TargetPartInput</c> input type.</summary>
public sealed class TargetPartInputGraphType : InputObjectGraphType<TargetPartInput>
{
    public TargetPartInputGraphType()
    {
        Name = "TargetPartInput";
        Description =
            "One part, naming exactly one of: a region (of a company target, or a sub-region of a region target; director only), a rep (of a region " +
            "target, in that region; director or its manager), or a period (a quarter of a yearly target, a month of a quarterly one).";
        Field(i => i.RegionId, type: typeof(IdGraphType)).Description("The region of this part.");
        Field(i => i.StaffId, type: typeof(IdGraphType)).Description("The rep of this part.");
        Field(i => i.Quarter, nullable: true).Description("The quarter of this part (of a yearly target).");
        Field(i => i.Month, nullable: true).Description("The month of this part (of a quarterly target).");
        Field(i => i.SalesAmount).Description("Sales amount in CNY (not negative, 2 decimal places).");
        Field(i => i.CollectionAmount).Description("Collection amount in CNY (not negative, 2 decimal places).");
        Field(i => i.NewCustomers).Description("New A/B customers (not negative).");
    }
}
