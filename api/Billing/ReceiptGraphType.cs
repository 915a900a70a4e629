using GraphQL;
using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Billing;

/// <summary>A receipt.</summary>
public sealed class ReceiptGraphType : ObjectGraphType<Receipt>
{
    public ReceiptGraphType()
    {
        Name = "Receipt";
        Description = "A receipt (回款) of a customer as the bank shows it, applied to the customer's open invoices; the unapplied rest is a prepayment on account.";
        this.NodeId(r => r.Id);
        Field(r => r.Number).Description("Receipt number (HK-year-sequence), unique.");
        Field(r => r.Amount).Description("Amount received in CNY.");
        Field(r => r.AppliedAmount).Description("Σ of its applications to invoices, in CNY.");
        Field<NonNullGraphType<DecimalGraphType>>("unappliedAmount")
            .Description("Amount − applied amount: still on the customer's account (a prepayment), to apply later.")
            .WithMetadata(QueryableEntity.ReadsMetadataKey, new[] { nameof(Receipt.Amount), nameof(Receipt.AppliedAmount) })
            .Resolve(c => c.Source.Amount - c.Source.AppliedAmount);
        Field(r => r.ReceivedOn).Description("Date received (the bank's value date).");
        Field(r => r.Method).Description("How it was paid.");
        Field(r => r.BankReference, nullable: true).Description("The bank's reference of the transfer (流水号).");
        Field(r => r.CreatedAt).Description("When it was recorded (UTC).");
        Field(r => r.PayerName, nullable: true).Description("The payer's account name (付款人户名), when imported from a bank statement.");
        Field(r => r.PayerAccount, nullable: true).Description("The payer's bank account number (付款人账号), when imported from a bank statement.");
        Field(r => r.Memo, nullable: true).Description("The bank statement line's memo (摘要/附言), when imported.");
        Field(r => r.Version).Description("Optimistic concurrency token: send it back with applyReceipt to refuse a stale write.");
        Field<CustomerGraphType>("customer").Description("The customer who paid.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("recordedBy")
            .Description("Who recorded it.")
            .Resolve(c => c.Source.RecordedById is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<Receipt, PaymentGraphType>("applications")
            .Description("Its applications: each a payment of one invoice with the amount applied.")
            .ResolveChildren(p => p.ReceiptId, parent => parent.Id, PaymentQueries.ById);
    }
}

/// <summary>The <c>receipts</c> and <c>receipt(id:)</c> root fields.</summary>
public sealed class ReceiptQueries() : EntityQueries<Receipt, ReceiptGraphType>(
    "Receipt", "receipts", "receipt", "Receipts (回款) of the customers in the caller's scope.");
