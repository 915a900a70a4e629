using SalesGraph.Calendar;
using GraphQL.Types;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;

namespace SalesGraph.Billing;

/// <summary>An invoice.</summary>
public sealed class InvoiceGraphType : ObjectGraphType<Invoice>
{
    public InvoiceGraphType()
    {
        Name = "Invoice";
        Description = "An invoice (发票) issued against a contract; due on the issue date plus the payment term.";
        this.NodeId(i => i.Id);
        Field(i => i.Number).Description("Invoice number, unique.");
        Field(i => i.Amount).Description("Invoiced amount in CNY.");
        Field(i => i.PaidAmount).Description("Confirmed payments matched to this invoice, in CNY.");
        Field<NonNullGraphType<DecimalGraphType>>("openAmount")
            .Description("Receivable: amount − paid amount.")
            .Resolve(c => c.Source.Amount - c.Source.PaidAmount);
        Field(i => i.IssuedOn).Description("Date issued.");
        Field(i => i.DueOn).Description("Date due: issued + payment term.");
        Field(i => i.SettledOn, nullable: true).Description("Date paid in full, if it was.");
        Field<NonNullGraphType<IntGraphType>>("daysOverdue")
            .Description("Days past due while open (0 when not overdue or settled), as of today.")
            .Resolve(c => c.Source.PaidAmount >= c.Source.Amount
                ? 0
                : Math.Max(0, c.BusinessToday().DayNumber - c.Source.DueOn.DayNumber));
        Field<ContractGraphType>("contract")
            .Description("The contract invoiced.")
            .Resolve(c => c.LoadById<Contract>(c.Source.ContractId));
        this.Connection<Invoice, PaymentGraphType>("payments")
            .Description("Payments matched to this invoice.")
            .ResolveChildren(p => p.InvoiceId, parent => parent.Id, PaymentQueries.ById);
    }
}
