using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>A status change or approval in a contract's history (更改 and 审批).</summary>
public sealed class ContractEvent : IHasId
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public ContractEventKind Kind { get; set; }
    public ContractStatus? FromStatus { get; set; }
    public ContractStatus ToStatus { get; set; }
    public int? ActorId { get; set; }
    public Staff? Actor { get; set; }
    public ApprovalLevel? ApprovalLevel { get; set; }
    public string? Comment { get; set; }
    public DateTime At { get; set; }
}

[Description("A step in a contract's history.")]
public enum ContractEventKind
{
    [Description("The draft was created.")]
    Created,

    [Description("The draft was changed.")]
    Updated,

    [Description("Submitted for approval.")]
    Submitted,

    [Description("An approval was given.")]
    Approved,

    [Description("An approver refused it.")]
    Rejected,

    [Description("Fulfilment began.")]
    Activated,

    [Description("Delivered and paid in full.")]
    Completed,

    [Description("Ended early.")]
    Terminated,
}

/// <summary>Who must approve: the ladder of docs/domain.md rule 1 plus finance for rule 2.</summary>
[Description("Who approved a contract step (审批级别).")]
public enum ApprovalLevel
{
    [Description("The rep, within the rep discount limit.")]
    Rep,

    [Description("A regional manager (区域经理).")]
    Manager,

    [Description("The sales director (销售总监).")]
    Director,

    [Description("Finance (财务), for the credit check.")]
    Finance,
}
