using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Contracts;

/// <summary><c>Contract.approvalState</c>: where a contract PENDING_APPROVAL waits, as the workflow decides it.</summary>
public sealed class ContractApprovalStateGraphType : ObjectGraphType<ContractApprovalState>
{
    public ContractApprovalStateGraphType()
    {
        Name = "ContractApprovalState";
        Description = "Where a contract pending approval stands: the level it needs and why, what was given since it was submitted, what it still waits for and who may act.";
        Field<NonNullGraphType<EnumerationGraphType<ApprovalLevel>>>("level")
            .Description("The lowest ladder level (REP, MANAGER, DIRECTOR) that may approve its discount and total.")
            .Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ApprovalRule>>>>>("rules")
            .Description("The rules that put it there: DISCOUNT and/or MAJOR_CONTRACT (else WITHIN_REP_LIMIT), and CREDIT when finance approves as well.")
            .Resolve(c => c.Source.Rules);
        Field<NonNullGraphType<BooleanGraphType>>("needsFinance")
            .Description("Whether finance approves as well: the customer's open receivables plus the agreed total exceed its credit limit (rule 2).")
            .Resolve(c => c.Source.NeedsFinance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ApprovalLevel>>>>>("given")
            .Description("The levels approved since the contract was last submitted, oldest first.")
            .Resolve(c => c.Source.Given);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ApprovalLevel>>>>>("waitingFor")
            .Description("The approvals still missing: the ladder level, FINANCE, or both (either may come first).")
            .Resolve(c => c.Source.WaitingFor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<StaffRole>>>>>("approverRoles")
            .Description("The roles that may give a missing approval.")
            .Resolve(c => c.Source.ApproverRoles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffGraphType>>>>("approvers")
            .Description("The active staff who may give a missing approval: the owner rep (within the rep limit), the managers over the contract's region, the directors, finance.")
            .Resolve(c => c.Source.Approvers);
    }
}
