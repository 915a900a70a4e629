using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.FieldWork;
using SalesGraph.Kpis;
using SalesGraph.Activities;
using SalesGraph.Billing;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Orders;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Customers;

/// <summary>A customer.</summary>
public sealed class CustomerGraphType : ObjectGraphType<Customer>
{
    public CustomerGraphType()
    {
        Name = "Customer";
        Description = "A customer (客户): a company, distributor (经销商) or agent (代理商) owned by one sales rep.";
        this.NodeId(c => c.Id);
        Field(c => c.Code).Description("Customer code, unique.");
        Field(c => c.Name).Description("Company name.");
        Field(c => c.Kind).Description("Direct customer, distributor or agent.");
        Field(c => c.Industry).Description("Industry.");
        Field(c => c.Grade).Description("A 战略客户, B 潜力客户, C 散户.");
        Field(c => c.Status).Description("Prospect, active, dormant or lost.");
        Field(c => c.Source).Description("How the customer was won.");
        Field(c => c.CreditLimit, nullable: true).Description("Credit limit (账额) in CNY (director, finance, manager).");
        Field(c => c.PaymentTermDays, nullable: true).Description("Payment term (账期) in days (director, finance, manager, the region's clerk; the owner rep).");
        Field(c => c.CreditOverride, nullable: true)
            .Description("Whether finance set the credit limit and term explicitly (setCustomerCredit): a grade change keeps them instead of the grade's credit policy.");
        Field<DecimalGraphType>("creditRemaining")
            .Description("Credit still open (可用额度) in CNY: the credit limit less the open receivables; negative when over the limit. The owner rep reads it, not the raw limit.")
            .Resolve(c => c.LoadComputed(c.Source.Id, Billing.Receivables.OfCustomersAsync, 0m).Then(open => (decimal?)Credit.CreditTerms.Remaining(c.Source.CreditLimit, open)));
        Field(c => c.ContactPerson, nullable: true).Description("Contact person (contact data: masked for roles that see the customer but not its contacts).");
        Field(c => c.Mobile, nullable: true).Description("Contact mobile (contact data).");
        Field(c => c.Address, nullable: true).Description("Address (contact data).");
        Field(c => c.DesignatedCarrier, nullable: true).Description("Designated carrier (指定托运单位).");
        Field(c => c.CreatedAt).Description("When the customer was created (UTC).");
        Field(c => c.FirstContractOn, nullable: true).Description("Date of the customer's first signed contract.");
        Field(c => c.ExternalId, nullable: true).Description("The id of this customer in an external system (ERP).");
        Field(c => c.Version).Description("Optimistic concurrency version: send it back with updateCustomer and the customer steps.");
        Field<DateTimeGraphType>("lastContactAt")
            .Description("The last contact the cadence counts (UTC): a visit, for a B-class customer also a call; null when none.")
            .Resolve(c => c.LoadComputed(c.Source.Id, ContactsAsync, null));
        Field<DateOnlyGraphType>("nextContactDueOn")
            .Description("The day the next visit (A-class, every FieldWork:VisitEveryDaysA days) or call (B-class) is due; null for C-class and lost customers.")
            .Resolve(c => DueAt(c) is { } due ? due.Then(d => d is { } at ? (DateOnly?)Calendar(c).DateOf(at) : null) : null);
        Field<NonNullGraphType<BooleanGraphType>>("isContactOverdue")
            .Description("Whether the next contact was due before today.")
            .Resolve(c => DueAt(c) is { } due ? due.Then(d => d is { } at && at < Calendar(c).Zone.StartOf(Calendar(c).Today)) : (object)false);
        Field<RegionGraphType>("region")
            .Description("The region the customer belongs to.")
            .Resolve(c => c.LoadById<Region>(c.Source.RegionId));
        Field<StaffGraphType>("owner")
            .Description("The sales rep who owns the customer.")
            .Resolve(c => c.LoadById<Staff>(c.Source.OwnerId));
        this.Connection<Customer, ContractGraphType>("contracts")
            .Description("The customer's contracts the caller may see.")
            .ResolveChildren(x => x.CustomerId, parent => parent.Id, ContractQueries.ById);
        this.Connection<Customer, InvoiceGraphType>("receivables")
            .Description("Open receivables: the customer's invoices not yet paid in full.")
            .ResolveChildren(i => i.Contract!.CustomerId, parent => parent.Id, InvoiceQueries.ById, i => i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid);
        Field<NonNullGraphType<DecimalGraphType>>("openReceivables")
            .Description("Open receivables (应收账款) in CNY: invoiced − paid − credited by credit notes; the figure the credit checks weigh.")
            .Resolve(c => c.LoadComputed(c.Source.Id, Billing.Receivables.OfCustomersAsync, 0m));
        this.Connection<Customer, Billing.ReceiptGraphType>("receipts")
            .Description("The customer's receipts (回款).")
            .ResolveChildren(r => r.CustomerId, parent => parent.Id, Billing.ReceiptQueries.ById);
        this.Connection<Customer, Billing.ReceiptGraphType>("unappliedReceipts")
            .Description("Receipts with an unapplied balance: money on the customer's account (prepayments) to apply to invoices.")
            .ResolveChildren(r => r.CustomerId, parent => parent.Id, Billing.ReceiptQueries.ById, r => r.AppliedAmount < r.Amount);
        this.Connection<Customer, Returns.CreditNoteGraphType>("creditNotes")
            .Description("Credit notes (红字发票) for the customer's returned goods, newest first.")
            .ResolveChildren(n => n.CustomerId, parent => parent.Id, Returns.CreditNoteQueries.ById);
        this.Connection<Customer, ActivityGraphType>("activities")
            .Description("Visits, calls and complaints on this customer.")
            .ResolveChildren(a => a.CustomerId, parent => parent.Id, ActivityQueries.ById);
        this.Connection<Customer, Complaints.ComplaintGraphType>("complaints")
            .Description("The customer's complaints (客户投诉).")
            .ResolveChildren(c => c.CustomerId, parent => parent.Id, Complaints.ComplaintQueries.ById);
        this.Connection<Customer, Funnel.OpportunityGraphType>("opportunities")
            .Description("The customer's opportunities (商机).")
            .ResolveChildren(o => o.CustomerId, parent => parent.Id, Funnel.OpportunityQueries.ById);
        this.Connection<Customer, Statements.StatementGraphType>("statements")
            .Description("The customer's monthly statements (对账单).")
            .ResolveChildren(s => s.CustomerId, parent => parent.Id, Statements.StatementQueries.ById);
        this.Connection<Customer, Credit.GradeProposalGraphType>("gradeProposals")
            .Description("Grade proposals (等级变更) on this customer, oldest first: a manager sees its proposal's status here.")
            .ResolveChildren(p => p.CustomerId, parent => parent.Id, Credit.GradeProposalQueries.ById);
        this.Connection<Customer, SalesOrderGraphType>("salesOrders")
            .Description("The customer's sales orders (订货单), with and without contract.")
            .ResolveChildren(o => o.CustomerId, parent => parent.Id, SalesOrderQueries.ById);
    }

    private static BusinessCalendar Calendar(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<BusinessCalendar>();

    /// <summary>When the customer's next contact is due, or null (no batch at all) when its grade or status has no cadence.</summary>
    private static IDataLoaderResult<DateTime?>? DueAt(IResolveFieldContext<Customer> c)
    {
        var customer = c.Source;
        if (customer.Status == CustomerStatus.Lost)
        {
            return null;
        }

        var cadence = new ContactCadence(c.RequestServices!.GetRequiredService<IOptionsMonitor<ContactCadenceOptions>>().CurrentValue);
        return cadence.DueAfter(customer.Grade, null, customer.CreatedAt) is null
            ? null
            : c.LoadComputed(customer.Id, ContactsAsync, null).Then(last => cadence.DueAfter(customer.Grade, last, customer.CreatedAt));
    }

    private static async Task<Dictionary<int, DateTime?>> ContactsAsync(SalesGraphDbContext db, int[] customerIds, CancellationToken ct) =>
        await db.Customers.AsNoTracking().Where(x => customerIds.Contains(x.Id)).Select(LastContactOf)
            .ToDictionaryAsync(x => x.Key, x => x.Value, ct);

    private static readonly Expression<Func<Customer, KeyValuePair<int, DateTime?>>> LastContactOf =
        KpiExpressions.Expand<Expression<Func<Customer, KeyValuePair<int, DateTime?>>>>(x => new KeyValuePair<int, DateTime?>(x.Id, ContactCadence.LastContactAt.Apply(x)));
}
