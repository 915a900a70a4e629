namespace SalesGraph.Data.Entities;

/// <summary>A product that contract lines sell.</summary>
public sealed class Product : IHasId
{
    public int Id { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }
    public required string ProductLine { get; set; }
    public decimal ListPrice { get; set; }
    public decimal UnitCost { get; set; }
    public decimal WeightKg { get; set; }
    public decimal VolumeM3 { get; set; }
    public bool IsActive { get; set; } = true;
}
