using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Accounts;

/// <summary>One entry of <c>me.approvalPolicy.levels</c>.</summary>
public sealed class ApprovalPolicyLevelGraphType : ObjectGraphType<ApprovalPolicyLevel>
{
    public ApprovalPolicyLevelGraphType()
    {
        Name = "ApprovalPolicyLevel";
        Description = "One level of the discount approval ladder (rep → manager → director) and who may approve at it.";
        Field<NonNullGraphType<EnumerationGraphType<ApprovalLevel>>>("level")
            .Description("The level: REP (the rep's own decision), MANAGER or DIRECTOR.")
            .Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<StaffRole>>>>>("approverRoles")
            .Description("The roles whose discount authority reaches this level, the level's own role first; the row scope still decides which contracts each sees.")
            .Resolve(c => c.Source.ApproverRoles);
    }
}
