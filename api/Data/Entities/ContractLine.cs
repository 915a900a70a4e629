namespace SalesGraph.Data.Entities;

/// <summary>One product line of a contract.</summary>
public sealed class ContractLine : IHasId
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int LineNo { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Quantity { get; set; }
    public decimal ListUnitPrice { get; set; }
    public decimal AgreedUnitPrice { get; set; }
    public decimal UnitCost { get; set; }
}
