namespace SalesGraph.Data.Entities;

/// <summary>One product line of a sales order.</summary>
public sealed class SalesOrderLine : IHasId
{
    public int Id { get; set; }
    public int SalesOrderId { get; set; }
    public SalesOrder? SalesOrder { get; set; }
    public int LineNo { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }

    /// <summary>The contract line this line draws down; null for an order without contract.</summary>
    public int? ContractLineId { get; set; }

    public ContractLine? ContractLine { get; set; }
    public int Quantity { get; set; }

    /// <summary>The contract's agreed unit price, or the product's list price for an order without contract.</summary>
    public decimal UnitPrice { get; set; }

    public DateOnly RequestedOn { get; set; }
}
