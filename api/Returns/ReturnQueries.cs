using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Products;
using SalesGraph.Resolving;

namespace SalesGraph.Returns;

/// <summary>The <c>returnRequests</c> and <c>returnRequest(id:)</c> root fields, and <c>returnableLines(shipmentId:)</c>.</summary>
public sealed class ReturnQueries() : EntityQueries<ReturnRequest, ReturnRequestGraphType>(
    "ReturnRequest", "returnRequests", "returnRequest", "Returns (退货单) of the customers in the caller's scope.")
{
    public override void AddTo(ObjectGraphType query)
    {
        base.AddTo(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReturnableLineGraphType>>>>("returnableLines")
            .Description("What each line of a shipment in the caller's scope can still be returned: delivered less what returns not rejected took (all 0 unless DELIVERED).")
            .Argument<NonNullGraphType<IdGraphType>>("shipmentId", "The shipment's global id.")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>("shipmentId"), "Shipment", "shipmentId");
                await using var db = c.OpenDb();
                var shipment = await ShipmentTerms.WithTerms(db.Scoped<Shipment>(c.Caller())).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, c.CancellationToken)
                    ?? throw new CodedExecutionError(ErrorCodes.NotFound, "No Shipment with this id.");
                var taken = await ReturnQuantities.TakenAsync(db, [.. shipment.Lines.Select(l => l.Id)], c.CancellationToken);
                var prices = ShipmentTerms.UnitPrices(shipment);
                var delivered = shipment.Status == ShipmentStatus.Delivered;
                return shipment.Lines.OrderBy(l => l.Id).Select(l => new ReturnableLine(
                    l.Id, l.ProductId, l.Quantity, taken.GetValueOrDefault(l.Id), delivered ? l.Quantity - taken.GetValueOrDefault(l.Id) : 0, prices[l.Id])).ToList();
            });
    }
}

/// <summary>The <c>creditNotes</c> and <c>creditNote(id:)</c> root fields.</summary>
public sealed class CreditNoteQueries() : EntityQueries<CreditNote, CreditNoteGraphType>(
    "CreditNote", "creditNotes", "creditNote", "Credit notes (红字发票) of the customers in the caller's scope.");

/// <summary>A shipment line and what of it can still be returned.</summary>
public sealed record ReturnableLine(int ShipmentLineId, int ProductId, int Delivered, int Returned, int Returnable, decimal UnitPrice);

/// <summary>The <c>ReturnableLine</c> type.</summary>
public sealed class ReturnableLineGraphType : ObjectGraphType<ReturnableLine>
{
    public ReturnableLineGraphType()
    {
        Name = "ReturnableLine";
        Description = "A shipment line and the quantity that can still be returned of it.";
        Field<NonNullGraphType<IdGraphType>>("shipmentLineId").Description("The shipment line's global id, for requestReturn.").Resolve(c => GlobalId.Encode("ShipmentLine", c.Source.ShipmentLineId));
        Field<ProductGraphType>("product").Description("The product.").Resolve(c => c.LoadById<Product>(c.Source.ProductId));
        Field(l => l.Delivered).Description("Quantity delivered.");
        Field(l => l.Returned).Description("Quantity on returns not rejected (requested, approved or received).");
        Field(l => l.Returnable).Description("Quantity that can still be returned.");
        Field(l => l.UnitPrice).Description("The unit price the goods were sold at, in CNY.");
    }
}
