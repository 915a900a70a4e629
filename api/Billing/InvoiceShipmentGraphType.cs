using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;
using SalesGraph.Shipments;

namespace SalesGraph.Billing;

/// <summary>What an invoice bills of one shipment.</summary>
public sealed class InvoiceShipmentGraphType : ObjectGraphType<InvoiceShipment>
{
    public InvoiceShipmentGraphType()
    {
        Name = "InvoicedShipment";
        Description = "A delivered shipment an invoice bills, and the part of the invoice's amount that bills it.";
        Field(l => l.Amount).Description("The part of the invoice's amount billing this shipment, in CNY.");
        Field<ShipmentGraphType>("shipment")
            .Description("The shipment billed (null when outside the caller's scope).")
            .Resolve(c => c.LoadById<Shipment>(c.Source.ShipmentId));
    }
}
