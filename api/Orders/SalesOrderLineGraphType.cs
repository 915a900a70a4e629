using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Products;
using SalesGraph.Resolving;

namespace SalesGraph.Orders;

/// <summary>A line of a sales order.</summary>
public sealed class SalesOrderLineGraphType : ObjectGraphType<SalesOrderLine>
{
    public SalesOrderLineGraphType()
    {
        Name = "SalesOrderLine";
        Description = "A product, quantity, price and requested delivery date on a sales order.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The line's global id, for delivery notices.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(l => l.LineNo).Description("Line number, from 1.");
        Field(l => l.Quantity).Description("Quantity ordered.");
        Field(l => l.UnitPrice).Description("Unit price in CNY: the contract's agreed price, or the product's list price without contract.");
        Field<NonNullGraphType<DecimalGraphType>>("amount")
            .Description("Quantity × unit price, in CNY.")
            .Resolve(c => c.Source.Quantity * c.Source.UnitPrice);
        Field(l => l.RequestedOn).Description("Requested delivery date.");
        Field<ProductGraphType>("product")
            .Description("The product.")
            .Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}
