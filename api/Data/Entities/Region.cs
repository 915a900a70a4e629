namespace SalesGraph.Data.Entities;

/// <summary>A sales region: a 大区 (level 1) or a 片区 (level 2) under it.</summary>
public sealed class Region : IHasId
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Region? Parent { get; set; }
    public List<Region> Children { get; set; } = [];

    /// <summary>Materialized path of ids, e.g. <c>/1/5/</c>, so a subtree is one indexed prefix match in SQL.</summary>
    public required string Path { get; set; }

    public int Level { get; set; }
    public int? ManagerId { get; set; }
    public Staff? Manager { get; set; }
    public bool IsActive { get; set; } = true;
}
