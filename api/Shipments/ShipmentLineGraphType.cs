using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Products;
using SalesGraph.Resolving;

namespace SalesGraph.Shipments;

/// <summary>A line of a delivery notice.</summary>
public sealed class ShipmentLineGraphType : ObjectGraphType<ShipmentLine>
{
    public ShipmentLineGraphType()
    {
        Name = "ShipmentLine";
        Description = "A product and quantity on a delivery notice.";
        Field(l => l.Quantity).Description("Quantity shipped.");
        Field<ProductGraphType>("product")
            .Description("The product.")
            .Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}
