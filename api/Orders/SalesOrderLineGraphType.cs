using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Products;
using SalesGraph.Resolving;
using SalesGraph.Shipments;

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
        Field<NonNullGraphType<IntGraphType>>("noticedQuantity")
            .Description("Quantity on delivery notices not cancelled or rejected (awaiting approval, planned, shipped, delivered).")
            .Resolve(c => c.LoadComputed(c.Source.Id, ShipmentQuantities.NoticedAsync, 0));
        Field<NonNullGraphType<IntGraphType>>("shippedQuantity")
            .Description("Quantity that has left: on SHIPPED or DELIVERED notices.")
            .Resolve(c => c.LoadComputed(c.Source.Id, ShipmentQuantities.ShippedAsync, 0));
        Field<NonNullGraphType<IntGraphType>>("openQuantity")
            .Description("Quantity still to put on a notice: ordered − noticedQuantity.")
            .Resolve(c => c.LoadComputed(c.Source.Id, ShipmentQuantities.NoticedAsync, 0).Then(noticed => c.Source.Quantity - noticed));
        Field<ProductGraphType>("product")
            .Description("The product.")
            .Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}
