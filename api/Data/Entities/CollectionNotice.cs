using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A collection notice (应收账款催收单, decision 026): a customer's overdue invoices when finance issued it, assigned to
/// the owner rep, escalated to the region's manager and then the director after <c>Dunning:EscalateAfterDays</c>
/// without a promise to pay or a receipt; closed once nothing of the customer is overdue. Scoped through its customer.
/// </summary>
public sealed class CollectionNotice : IHasId
{
    public int Id { get; set; }

    /// <summary>CS-year-sequence.</summary>
    public required string Number { get; set; }

    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The rep it was assigned to: the customer's owner when issued.</summary>
    public int? OwnerId { get; set; }
    public Staff? Owner { get; set; }

    public DunningLevel Level { get; set; }
    public CollectionNoticeStatus Status { get; set; }

    /// <summary>Σ open amounts of its items when issued.</summary>
    public decimal OverdueAmount { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>The day it reached its level or last got a promise: escalation counts days from here (or the customer's latest receipt).</summary>
    public DateOnly LevelSince { get; set; }

    public DateOnly? PromisedOn { get; set; }
    public decimal? PromisedAmount { get; set; }
    public string? PromiseNote { get; set; }
    public int? PromisedById { get; set; }
    public Staff? PromisedBy { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    public List<CollectionNoticeItem> Items { get; set; } = [];
}

/// <summary>One overdue invoice on a collection notice, as it stood when the notice was issued.</summary>
public sealed class CollectionNoticeItem : IHasId
{
    public int Id { get; set; }
    public int CollectionNoticeId { get; set; }
    public CollectionNotice? CollectionNotice { get; set; }
    public int InvoiceId { get; set; }
    public Invoice? Invoice { get; set; }
    public required string InvoiceNumber { get; set; }
    public DateOnly DueOn { get; set; }
    public int DaysOverdue { get; set; }
    public decimal OpenAmount { get; set; }
}

[Description("Who chases a collection notice (催收层级).")]
public enum DunningLevel
{
    [Description("The owner rep (业务员).")]
    Rep,

    [Description("The region's manager (区域经理), after the rep's days passed without a promise or receipt.")]
    Manager,

    [Description("The director (销售总监), after the manager's days passed as well.")]
    Director,
}

[Description("Where a collection notice stands.")]
public enum CollectionNoticeStatus
{
    [Description("Being chased, no promise to pay.")]
    Open,

    [Description("The customer promised to pay by a date (承诺付款).")]
    Promised,

    [Description("Nothing of the customer is overdue any more.")]
    Closed,
}
