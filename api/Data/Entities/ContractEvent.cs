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

public enum ContractEventKind { Created, Updated, Submitted, Approved, Rejected, Activated, Completed, Terminated }

/// <summary>Who must approve: the ladder of docs/domain.md rule 1 plus finance for rule 2.</summary>
public enum ApprovalLevel { Rep, Manager, Director, Finance }
