using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Products;
using SalesGraph.Resolving;

namespace SalesGraph.Planning;

/// <summary>One product's open quantities for one ISO week.</summary>
public sealed class StockingPlanWeekGraphType : ObjectGraphType<StockingPlanWeek>
{
    public StockingPlanWeekGraphType()
    {
        Name = "StockingPlanWeek";
        Description = "One product's open order quantities requested for delivery in one ISO week (生产备货计划), with the order lines behind them.";
        Field(w => w.Week).Description("The ISO 8601 week of the requested delivery dates, e.g. 2026-W49.");
        Field(w => w.IsoYear).Description("The ISO week-numbering year.");
        Field(w => w.IsoWeek).Description("The ISO week number, 1–53.");
        Field(w => w.WeekStartsOn).Description("The Monday the week starts on.");
        Field(w => w.ProductSku).Description("The product's SKU.");
        Field(w => w.ProductName).Description("The product's name.");
        Field(w => w.ProductLine).Description("The product's line.");
        Field<ProductGraphType>("product").Description("The product.").Resolve(c => c.LoadById<Product>(c.Source.ProductId));
        Field(w => w.OrderedQuantity).Description("Σ quantity ordered on the week's open lines.");
        Field(w => w.ShippedQuantity).Description("Σ quantity already shipped of them (shipments not cancelled).");
        Field(w => w.OpenQuantity).Description("Σ quantity still to ship: what production must have in stock.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StockingPlanLineGraphType>>>>("lines")
            .Description("The open order lines, by requested delivery date.")
            .Resolve(c => c.Source.Lines);
    }
}

/// <summary>One open order line of the stocking plan: customer name and dates, never contact data.</summary>
public sealed class StockingPlanLineGraphType : ObjectGraphType<OpenOrderLine>
{
    public StockingPlanLineGraphType()
    {
        Name = "StockingPlanLine";
        Description = "An order line still to ship, as production sees it: the customer's name and the dates, never an address, phone or contact person.";
        Field(l => l.OrderNumber).Description("The sales order's number (DD-year-sequence).");
        Field(l => l.OrderStatus).Description("CONFIRMED or PARTLY_SHIPPED.");
        Field(l => l.ConfirmedAt, nullable: true).Description("When the customer confirmed the order (UTC).");
        Field(l => l.CustomerCode).Description("The customer's code.");
        Field(l => l.CustomerName).Description("The customer's name.");
        Field(l => l.RequestedOn).Description("The requested delivery date.");
        Field(l => l.OrderedQuantity).Description("Quantity ordered.");
        Field(l => l.ShippedQuantity).Description("Quantity shipped on shipments not cancelled.");
        Field(l => l.OpenQuantity).Description("Quantity still to ship.");
    }
}
