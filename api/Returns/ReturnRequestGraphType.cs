using GraphQL;
using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.Shipments;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Returns;

/// <summary>A return (退货单).</summary>
public sealed class ReturnRequestGraphType : ObjectGraphType<ReturnRequest>
{
    public ReturnRequestGraphType()
    {
        Name = "ReturnRequest";
        Description = "A return (退货单) of goods from a DELIVERED shipment: REQUESTED → APPROVED → RECEIVED (with its credit note), or REJECTED.";
        this.NodeId(r => r.Id);
        Field(r => r.Number).Description("Return number (TH-year-sequence), unique.");
        Field(r => r.Status).Description("REQUESTED → APPROVED (regional manager or director) → RECEIVED (goods booked back, credit note issued), or REJECTED.");
        Field(r => r.Reason).Description("Why the customer returns the goods.");
        Field(r => r.Amount).Description("Value requested back in CNY: Σ quantity × unit price.");
        Field(r => r.RequestedAt).Description("When the return was recorded (UTC).");
        Field(r => r.DecidedAt, nullable: true).Description("When it was approved or rejected (UTC).");
        Field(r => r.RejectionReason, nullable: true).Description("Why it was rejected.");
        Field(r => r.ReceivedOn, nullable: true).Description("The business day the goods arrived back.");
        Field(r => r.ReceivedAt, nullable: true).Description("When the receipt was booked (UTC).");
        Field(r => r.CarrierNote, nullable: true).Description("The carrier's report of quantity differences, accepted by the customer.");
        Field(r => r.Version).Description("Optimistic concurrency version; send it back with the return's steps.");
        Field(r => r.CreatedAt).Description("When the return was created (UTC).");
        Field(r => r.UpdatedAt).Description("When the return last changed (UTC).");
        Field<CustomerGraphType>("customer").Description("The customer returning the goods.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<ShipmentGraphType>("shipment").Description("The delivered shipment the goods came with.").Resolve(c => c.LoadById<Shipment>(c.Source.ShipmentId));
        Field<StaffGraphType>("requestedBy").Description("Who recorded the return.").Resolve(c => c.Source.RequestedById is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("decidedBy").Description("Who approved or rejected it.").Resolve(c => c.Source.DecidedById is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("receivedBy").Description("Who booked the goods back.").Resolve(c => c.Source.ReceivedById is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<ReturnRequest, ReturnLineGraphType>("lines")
            .Description("The goods requested back, per shipment line.")
            .ResolveChildren(l => l.ReturnRequestId, parent => parent.Id, LineOrder);
        Field<CreditNoteGraphType>("creditNote")
            .Description("The credit note issued on receipt; null before (or when nothing arrived).")
            .Resolve(c => c.LoadCreditNoteOf(c.Source.Id));
    }

    internal static readonly IReadOnlyList<SortKey<ReturnLine>> LineOrder = [SortKey<ReturnLine>.Ascending(l => l.Id)];
}

/// <summary>A line of a return.</summary>
public sealed class ReturnLineGraphType : ObjectGraphType<ReturnLine>
{
    public ReturnLineGraphType()
    {
        Name = "ReturnLine";
        Description = "A shipment line's goods on a return: requested, and once received, what arrived.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The line's global id, for receiveReturn.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(l => l.LineNo).Description("Line number, from 1.");
        Field(l => l.Quantity).Description("Quantity requested back.");
        Field(l => l.ReceivedQuantity, nullable: true).Description("Quantity received back (≤ quantity); null until received.");
        Field(l => l.UnitPrice).Description("The unit price the goods were sold at, in CNY.");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Quantity × unit price, in CNY.").Resolve(c => c.Source.Quantity * c.Source.UnitPrice);
        Field<DecimalGraphType>("creditedAmount")
            .Description("Received quantity × unit price, in CNY; null until received.")
            .Resolve(c => c.Source.ReceivedQuantity * c.Source.UnitPrice);
        Field<Products.ProductGraphType>("product").Description("The product.").Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}

/// <summary>A credit note.</summary>
public sealed class CreditNoteGraphType : ObjectGraphType<CreditNote>
{
    public CreditNoteGraphType()
    {
        Name = "CreditNote";
        Description = "A credit note (红字发票): against an invoice (finance) or for returned goods; it lowers the invoice's open amount as far as it is open, the rest stays on the customer's account, and the customer's open receivables fall by all of it.";
        this.NodeId(n => n.Id);
        Field(n => n.Number).Description("Credit note number (HZ-year-sequence), unique.");
        Field(n => n.Amount).Description("The credit in CNY: finance's amount, or Σ received quantity × unit price of its return.");
        Field(n => n.TaxRate).Description("The VAT rate it reverses at: its invoice's, else 0.13 (goods returned).");
        Field(n => n.NetAmount).Description("Net amount (不含税金额): amount ÷ (1 + rate) rounded half away from zero to the fen; the note that credits the rest of an invoice takes the invoice's net less its earlier notes' nets, so a full reversal reverses the net and the tax exactly.");
        Field(n => n.TaxAmount).Description("Tax amount (税额): amount − net amount.");
        Field(n => n.AppliedAmount).Description("The part that lowered its invoice's open amount, in CNY.");
        Field<NonNullGraphType<DecimalGraphType>>("unappliedAmount")
            .Description("Amount − applied amount: a credit on the customer's account.")
            .WithMetadata(QueryableEntity.ReadsMetadataKey, new[] { nameof(CreditNote.Amount), nameof(CreditNote.AppliedAmount) })
            .Resolve(c => c.Source.Amount - c.Source.AppliedAmount);
        Field(n => n.Reason, nullable: true).Description("Why it was issued.");
        Field(n => n.IssuedOn).Description("The business day it was issued (the day the goods were booked back).");
        Field(n => n.CreatedAt).Description("When it was issued (UTC).");
        Field<CustomerGraphType>("customer").Description("The customer credited.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<ReturnRequestGraphType>("returnRequest")
            .Description("The return it credits, if it came from one.")
            .Resolve(c => c.Source.ReturnRequestId is { } id ? c.LoadById<ReturnRequest>(id) : null);
        Field<Billing.InvoiceGraphType>("invoice")
            .Description("The invoice it reverses (all or part of), if any.")
            .Resolve(c => c.Source.InvoiceId is { } id ? c.LoadById<Invoice>(id) : null);
        Field<StaffGraphType>("issuedBy")
            .Description("Who issued it.")
            .Resolve(c => c.Source.IssuedById is { } id ? c.LoadById<Staff>(id) : null);
    }
}
