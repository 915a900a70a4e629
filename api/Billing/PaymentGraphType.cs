using GraphQL.Types;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Billing;

/// <summary>A payment.</summary>
public sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Description = "A payment received (回款), confirmed by finance and matched to an invoice.";
        this.NodeId(p => p.Id);
        Field(p => p.Number).Description("Payment number, unique.");
        Field(p => p.Amount).Description("Amount received in CNY.");
        Field(p => p.ReceivedOn).Description("Date received.");
        Field(p => p.Method).Description("How it was paid.");
        Field(p => p.ConfirmedAt, nullable: true).Description("When finance confirmed it (UTC); null while unconfirmed.");
        Field(p => p.ExternalId, nullable: true).Description("The id of this payment in an external system (ERP).");
        Field<ContractGraphType>("contract")
            .Description("The contract paid for.")
            .Resolve(c => c.LoadById<Contract>(c.Source.ContractId));
        Field<InvoiceGraphType>("invoice")
            .Description("The invoice it is matched to; null while unmatched.")
            .Resolve(c => c.Source.InvoiceId is { } id ? c.LoadById<Invoice>(id) : null);
        Field<ReceiptGraphType>("receipt")
            .Description("The receipt this payment applies, when it is an application of one; null for a payment recorded per contract.")
            .Resolve(c => c.Source.ReceiptId is { } id ? c.LoadById<Receipt>(id) : null);
        Field<StaffGraphType>("confirmedBy")
            .Description("The finance staff member who confirmed it.")
            .Resolve(c => c.Source.ConfirmedById is { } id ? c.LoadById<Staff>(id) : null);
    }
}
