using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Contracts;

/// <summary>A history entry of a contract.</summary>
public sealed class ContractEventGraphType : ObjectGraphType<ContractEvent>
{
    public ContractEventGraphType()
    {
        Name = "ContractEvent";
        Description = "A status change or approval in a contract's history (更改 and 审批).";
        Field(e => e.Kind).Description("What happened.");
        Field(e => e.FromStatus, nullable: true).Description("Status before.");
        Field(e => e.ToStatus).Description("Status after.");
        Field(e => e.ApprovalLevel, nullable: true).Description("For approvals: at which level of the approval ladder.");
        Field(e => e.Comment, nullable: true).Description("Comment, e.g. the reason for a rejection.");
        Field(e => e.At).Description("When it happened (UTC).");
        Field<StaffGraphType>("actor")
            .Description("Who did it; null for system and integration actions.")
            .Resolve(c => c.Source.ActorId is { } id ? c.LoadById<Staff>(id) : null);
    }
}
