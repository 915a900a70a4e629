using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>A visit, call or complaint on a customer (拜访/跟进).</summary>
public sealed class Activity : IHasId
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int StaffId { get; set; }
    public Staff? Staff { get; set; }
    public ActivityKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string Subject { get; set; }
    public string? Notes { get; set; }

    /// <summary>For complaints: when they were answered (target: within 2 hours).</summary>
    public DateTime? AnsweredAt { get; set; }
}

[Description("A logged contact with a customer.")]
public enum ActivityKind
{
    [Description("A visit (拜访) at the customer.")]
    Visit,

    [Description("A phone call (电话).")]
    Call,

    [Description("A complaint (投诉) logged as an activity before complaints had their own type (Complaint); no longer logged.")]
    Complaint,
}
