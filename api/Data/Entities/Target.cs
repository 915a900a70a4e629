using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>A sales target (销售目标) for a period and a scope; children split it and must sum to it.</summary>
public sealed class Target : IHasId, IInRegion
{
    public int Id { get; set; }
    public int Year { get; set; }

    /// <summary>1–4 for a quarterly target, null for a yearly or monthly one.</summary>
    public int? Quarter { get; set; }

    /// <summary>1–12 for a monthly target.</summary>
    public int? Month { get; set; }

    public TargetScope Scope { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public int? StaffId { get; set; }
    public Staff? Staff { get; set; }
    public int? ParentId { get; set; }
    public Target? Parent { get; set; }
    public List<Target> Children { get; set; } = [];
    public decimal SalesAmount { get; set; }
    public decimal CollectionAmount { get; set; }
    public int NewCustomers { get; set; }
    public int Version { get; set; }
}

[Description("What a target is set for.")]
public enum TargetScope
{
    [Description("The whole company (公司).")]
    Company,

    [Description("A region (大区).")]
    Region,

    [Description("A rep (销售专员).")]
    Staff,
}
