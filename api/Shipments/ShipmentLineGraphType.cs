using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
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
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The line's global id, for returns.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(l => l.Quantity).Description("Quantity shipped.");
        Field(l => l.UnitPrice).Description("The agreed unit price in CNY (the order line's or the contract line's).");
        Field<NonNullGraphType<DecimalGraphType>>("amount")
            .Description("Quantity × unit price, in CNY.")
            .Resolve(c => c.Source.Quantity * c.Source.UnitPrice);
        Field<IdGraphType>("salesOrderLineId")
            .Description("The global id of the order line it ships; null on a notice of a whole contract.")
            .Resolve(c => c.Source.SalesOrderLineId is { } id ? GlobalId.Encode("SalesOrderLine", id) : null);
        Field<ProductGraphType>("product")
            .Description("The product.")
            .Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}
