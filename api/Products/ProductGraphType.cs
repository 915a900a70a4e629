using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Products;

/// <summary>A product.</summary>
public sealed class ProductGraphType : ObjectGraphType<Product>
{
    public ProductGraphType()
    {
        Name = "Product";
        Description = "A product sold on contract lines (产品).";
        this.NodeId(p => p.Id);
        Field(p => p.Sku).Description("Stock keeping unit, unique.");
        Field(p => p.Name).Description("Product name.");
        Field(p => p.ProductLine).Description("The product line it belongs to.");
        Field(p => p.ListPrice).Description("List unit price in CNY.");
        Field(p => p.UnitCost, nullable: true).Description("Unit cost in CNY (sensitive: director and finance).");
        Field(p => p.WeightKg).Description("Shipping weight per unit in kg.");
        Field(p => p.VolumeM3).Description("Shipping volume per unit in m³.");
        Field(p => p.IsActive).Description("Whether the product is still sold.");
    }
}
