using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Statements;

/// <summary>A customer statement.</summary>
public sealed class StatementGraphType : ObjectGraphType<Statement>
{
    /// <summary>The order of a statement's lines.</summary>
    public static readonly IReadOnlyList<SortKey<StatementLine>> LineOrder = [SortKey<StatementLine>.Ascending(l => l.LineNo), SortKey<StatementLine>.Ascending(l => l.Id)];

    public StatementGraphType()
    {
        Name = "Statement";
        Description = "A customer statement (对账单) of one month: opening balance, the month's invoices, credit notes and receipts, closing balance; " +
            "sent to the owner rep (SENT), then CONFIRMED or DISPUTED as the rep or clerk records the customer's answer. A snapshot taken when generated.";
        this.NodeId(s => s.Id);
        Field(s => s.Number).Description("Statement number (DZ-year-sequence), unique.");
        Field(s => s.Year).Description("The statement's year.");
        Field(s => s.Month).Description("The statement's month, 1–12.");
        Field(s => s.PeriodStart).Description("First day of the month.");
        Field(s => s.PeriodEnd).Description("Last day of the month.");
        Field(s => s.OpeningBalance).Description("What the customer owed at the end of the day before the month (CNY); negative: money on account.");
        Field(s => s.InvoicedAmount).Description("Invoices issued in the month less invoices voided in it (CNY).");
        Field(s => s.CreditedAmount).Description("Credit notes issued in the month (CNY).");
        Field(s => s.ReceivedAmount).Description("Receipts received in the month, and confirmed payments without a receipt matched to an invoice (CNY).");
        Field(s => s.ClosingBalance).Description("Opening + invoiced − credited − received (CNY): at the month's end, the customer's open items (open invoices less unapplied receipts and credits).");
        Field(s => s.Status).Description("SENT, CONFIRMED or DISPUTED.");
        Field(s => s.GeneratedAt).Description("When it was generated (UTC).");
        Field(s => s.RespondedAt, nullable: true).Description("When the customer's answer was recorded (UTC).");
        Field(s => s.ResponseNote, nullable: true).Description("The customer's words: what is disputed, or a note with the confirmation.");
        Field(s => s.Version).Description("Optimistic concurrency token: send it back with recordStatementResponse.");
        Field<CustomerGraphType>("customer").Description("The customer.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("owner").Description("The rep it was sent to (the customer's owner when generated).")
            .Resolve(c => c.Source.OwnerId is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("generatedBy").Description("Who generated it.")
            .Resolve(c => c.Source.GeneratedById is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("respondedBy").Description("Who recorded the customer's answer.")
            .Resolve(c => c.Source.RespondedById is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<Statement, StatementLineGraphType>("lines")
            .Description("The month's documents in ledger order, each with the balance after it.")
            .ResolveChildren(l => l.StatementId, parent => parent.Id, LineOrder);
    }
}

/// <summary>A statement line.</summary>
public sealed class StatementLineGraphType : ObjectGraphType<StatementLine>
{
    public StatementLineGraphType()
    {
        Name = "StatementLine";
        Description = "One document of a statement's month, signed as it moves the balance.";
        this.NodeId(l => l.Id);
        Field(l => l.LineNo).Description("Position on the statement, from 1.");
        Field(l => l.Kind).Description("INVOICE, INVOICE_VOIDED, CREDIT_NOTE, RECEIPT or PAYMENT.");
        Field(l => l.DocumentNumber).Description("The document's number (FP-…, HZ-…, HK-…, SK-…).");
        Field(l => l.On).Description("The document's day.");
        Field(l => l.Amount).Description("+ for an invoice, − for a void, credit note, receipt or payment (CNY).");
        Field(l => l.Balance).Description("The balance after this line (CNY).");
    }
}

/// <summary>What one run of generateStatements did.</summary>
public sealed record StatementRun(int Year, int Month, int Generated, int AlreadyThere);

/// <summary>The <c>StatementRun</c> type.</summary>
public sealed class StatementRunGraphType : ObjectGraphType<StatementRun>
{
    public StatementRunGraphType()
    {
        Name = "StatementRun";
        Description = "The result of generateStatements: how many statements it made and how many of the month existed already.";
        Field(r => r.Year).Description("The year.");
        Field(r => r.Month).Description("The month.");
        Field(r => r.Generated).Description("Statements generated now (SENT).");
        Field(r => r.AlreadyThere).Description("Customers of the month that had their statement already (left as they are).");
    }
}

/// <summary>The <c>statements</c> and <c>statement(id:)</c> root fields.</summary>
public sealed class StatementQueries() : EntityQueries<Statement, StatementGraphType>(
    "Statement", "statements", "statement", "Customer statements (对账单) of the customers in the caller's scope; filter by status: DISPUTED for the disputes list.");
