using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.Billing;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Dunning;

/// <summary>A collection notice.</summary>
public sealed class CollectionNoticeGraphType : ObjectGraphType<CollectionNotice>
{
    /// <summary>The order of a notice's items: the longest overdue first.</summary>
    public static readonly IReadOnlyList<SortKey<CollectionNoticeItem>> ItemOrder =
        [new SortKey<CollectionNoticeItem>((System.Linq.Expressions.Expression<Func<CollectionNoticeItem, DateOnly>>)(i => i.DueOn), false), SortKey<CollectionNoticeItem>.Ascending(i => i.Id)];

    public CollectionNoticeGraphType()
    {
        Name = "CollectionNotice";
        Description = "A collection notice (应收账款催收单): a customer's overdue invoices, chased by the owner rep (REP), then the region's manager (MANAGER), then the director (DIRECTOR).";
        this.NodeId(n => n.Id);
        Field(n => n.Number).Description("Notice number (CS-year-sequence), unique.");
        Field(n => n.Level).Description("Who chases it now: REP, MANAGER or DIRECTOR.");
        Field(n => n.Status).Description("OPEN, PROMISED or CLOSED.");
        Field(n => n.OverdueAmount).Description("Σ open amounts of its invoices when issued (CNY).");
        Field(n => n.IssuedOn).Description("The day finance issued it.");
        Field(n => n.LevelSince).Description("The day it reached its level or last got a promise; it moves up Dunning:EscalateAfterDays later without a promise or receipt.");
        Field(n => n.PromisedOn, nullable: true).Description("The day the customer promised to pay by.");
        Field(n => n.PromisedAmount, nullable: true).Description("The amount promised (CNY).");
        Field(n => n.PromiseNote, nullable: true).Description("What the customer said.");
        Field(n => n.ClosedOn, nullable: true).Description("The day nothing was overdue any more.");
        Field(n => n.Version).Description("Optimistic concurrency token.");
        Field<CustomerGraphType>("customer").Description("The customer.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("owner").Description("The rep it is assigned to.").Resolve(c => c.Source.OwnerId is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("promisedBy").Description("Who recorded the promise.").Resolve(c => c.Source.PromisedById is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<CollectionNotice, CollectionNoticeItemGraphType>("items")
            .Description("Its overdue invoices as they stood when issued, the longest overdue first.")
            .ResolveChildren(i => i.CollectionNoticeId, parent => parent.Id, ItemOrder);
    }
}

/// <summary>An item of a collection notice.</summary>
public sealed class CollectionNoticeItemGraphType : ObjectGraphType<CollectionNoticeItem>
{
    public CollectionNoticeItemGraphType()
    {
        Name = "CollectionNoticeItem";
        Description = "One overdue invoice on a collection notice, as it stood when the notice was issued.";
        this.NodeId(i => i.Id);
        Field(i => i.InvoiceNumber).Description("The invoice's number.");
        Field(i => i.DueOn).Description("Its due day.");
        Field(i => i.DaysOverdue).Description("Days past due when the notice was issued.");
        Field(i => i.OpenAmount).Description("What was open on it then (CNY).");
        Field<InvoiceGraphType>("invoice").Description("The invoice as it is now.").Resolve(c => c.LoadById<Invoice>(c.Source.InvoiceId));
    }
}

/// <summary>What one run of issueCollectionNotices or escalateCollectionNotices did.</summary>
public sealed record DunningRun(int Issued, int Escalated, int Closed, int Unchanged);

/// <summary>The <c>DunningRun</c> type.</summary>
public sealed class DunningRunGraphType : ObjectGraphType<DunningRun>
{
    public DunningRunGraphType()
    {
        Name = "DunningRun";
        Description = "What a dunning run did.";
        Field(r => r.Issued).Description("Notices issued.");
        Field(r => r.Escalated).Description("Notices moved up a level.");
        Field(r => r.Closed).Description("Notices closed: nothing of the customer overdue any more.");
        Field(r => r.Unchanged).Description("Notices or customers left as they were.");
    }
}

/// <summary>The <c>collectionNotices</c>, <c>collectionNotice(id:)</c> and <c>collectionsToChase</c> root fields.</summary>
public sealed class CollectionNoticeQueries() : EntityQueries<CollectionNotice, CollectionNoticeGraphType>(
    "CollectionNotice", "collectionNotices", "collectionNotice", "Collection notices (催收单) of the customers in the caller's scope.")
{
    public override void AddTo(ObjectGraphType query)
    {
        base.AddTo(query);
        query.Connection<object?, CollectionNoticeGraphType>("collectionsToChase")
            .Description("What is the caller's to chase: notices not CLOSED at its level — a rep's own customers at REP, a manager's region at MANAGER, the director's at DIRECTOR (finance: every level); oldest first.")
            .ResolveAsync(async c =>
            {
                DunningLevel? level = c.Caller().Role switch
                {
                    StaffRole.SalesRep => DunningLevel.Rep,
                    StaffRole.RegionalManager => DunningLevel.Manager,
                    StaffRole.Director => DunningLevel.Director,
                    _ => null,
                };
                return await c.ReadConnectionAsync(ById, q => q.Where(n => n.Status != CollectionNoticeStatus.Closed && (level == null || n.Level == level)));
            });
    }
}
