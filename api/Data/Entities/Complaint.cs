using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// A customer's complaint (客户投诉): received at a time, to be answered within the response window (2 hours by the
/// sources), possibly forwarded to a colleague (technical, quality, production, finance), then resolved. Its rows are
/// scoped through its customer; <see cref="OwnerId"/> is the customer's owner rep when it came in, whom the KPI books it to.
/// </summary>
public sealed class Complaint : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    /// <summary>The customer's owner rep when the complaint was received.</summary>
    public int OwnerId { get; set; }

    public Staff? Owner { get; set; }
    public ComplaintCategory Category { get; set; }
    public ComplaintSeverity Severity { get; set; }
    public required string Description { get; set; }
    public ComplaintStatus Status { get; set; }

    /// <summary>When the customer complained (UTC).</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>The business day it was received: the KPI month.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>ReceivedAt + the response window in force when it was logged (UTC).</summary>
    public DateTime AnswerDueAt { get; set; }

    public int? LoggedById { get; set; }
    public Staff? LoggedBy { get; set; }

    /// <summary>When the customer was first answered (UTC); a later answer after forwarding keeps it.</summary>
    public DateTime? AnsweredAt { get; set; }

    public int? AnsweredById { get; set; }
    public Staff? AnsweredBy { get; set; }
    public string? Answer { get; set; }
    public DateTime? ForwardedAt { get; set; }
    public int? ForwardedToId { get; set; }
    public Staff? ForwardedTo { get; set; }
    public string? ForwardNote { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public int? ResolvedById { get; set; }
    public Staff? ResolvedBy { get; set; }
    public string? Resolution { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>What a complaint is about. Stored by name.</summary>
[Description("What a complaint (投诉) is about.")]
public enum ComplaintCategory
{
    [Description("The goods: defects, wrong specification (质量).")]
    Quality,

    [Description("Late, short or damaged delivery (交货).")]
    Delivery,

    [Description("How the customer was served: installation, response, conduct (服务).")]
    Service,

    [Description("Invoices, prices, payments (账务).")]
    Billing,

    [Description("Anything else (其他).")]
    Other,
}

/// <summary>How serious a complaint is. Stored by name; sorted in this order.</summary>
[Description("How serious a complaint (投诉) is.")]
public enum ComplaintSeverity
{
    [Description("Low (低).")]
    Low,

    [Description("Medium (中).")]
    Medium,

    [Description("High (高).")]
    High,

    [Description("Critical: the customer's business or safety is affected (紧急).")]
    Critical,
}

/// <summary>OPEN → ANSWERED → RESOLVED, with FORWARDED on the way when a colleague must look into it. Stored by name.</summary>
[Description("Where a complaint (投诉) is.")]
public enum ComplaintStatus
{
    [Description("Received, not yet answered (待响应).")]
    Open,

    [Description("The customer was answered (已答复).")]
    Answered,

    [Description("Forwarded to a colleague (technical, quality, production, finance) to look into (已转交).")]
    Forwarded,

    [Description("Resolved, with the resolution (已解决).")]
    Resolved,
}
