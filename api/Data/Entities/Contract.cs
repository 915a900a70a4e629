using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>A sales contract (合同) with its lines and history.</summary>
public sealed class Contract : IHasId, IOwnedInRegion
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int OwnerId { get; set; }
    public Staff? Owner { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }

    /// <summary>原价总价: the sum of quantity × list unit price; computed by the server.</summary>
    public decimal ListTotal { get; set; }

    /// <summary>实际成交价: the sum of quantity × agreed unit price; computed by the server.</summary>
    public decimal AgreedTotal { get; set; }

    /// <summary>Sum of quantity × unit cost at signing; kept for gross margin.</summary>
    public decimal CostTotal { get; set; }

    public decimal DiscountAmount { get; set; }
    public decimal DiscountRate { get; set; }
    public string Currency { get; set; } = "CNY";
    public int PaymentTermDays { get; set; }
    public ContractStatus Status { get; set; }
    public string? TerminationReason { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? ExternalId { get; set; }
    public List<ContractLine> Lines { get; set; } = [];
    public List<ContractEvent> Events { get; set; } = [];
    public List<Invoice> Invoices { get; set; } = [];
    public List<Payment> Payments { get; set; } = [];
    public List<Shipment> Shipments { get; set; } = [];
}

[Description("Where a contract is in its life (合同状态).")]
public enum ContractStatus
{
    [Description("Being drafted by sales (草稿).")]
    Draft,

    [Description("Submitted, waiting for its approvals (待审批).")]
    PendingApproval,

    [Description("Approved and signed (已批准).")]
    Approved,

    [Description("Being fulfilled: goods ship, invoices and payments follow (执行中).")]
    Active,

    [Description("Delivered and paid in full (已完成).")]
    Completed,

    [Description("Refused by an approver (已驳回).")]
    Rejected,

    [Description("Ended early, with a reason (已终止).")]
    Terminated,
}
