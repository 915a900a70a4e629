using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;

namespace SalesGraph.Accounts;

/// <summary>
/// <c>me.approvalPolicy</c>: the approval rules as this server enforces them, read from the configured
/// <see cref="ApprovalOptions"/> and answered by <see cref="DiscountApproval"/> itself, so a client shows the same
/// thresholds and approvers the workflow applies instead of keeping its own copy.
/// </summary>
public sealed class ApprovalPolicyGraphType : ObjectGraphType<Caller>
{
    // The ladder in order; FINANCE is not on it (finance co-approves on credit, rule 2).
    private static readonly ApprovalLevel[] Ladder = [ApprovalLevel.Rep, ApprovalLevel.Manager, ApprovalLevel.Director];

    public ApprovalPolicyGraphType(IOptionsMonitor<ApprovalOptions> approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        Name = "ApprovalPolicy";
        Description = "The contract approval rules as configured on this server (按折扣权限上报 and the credit check): thresholds in CNY, who approves at each level, and when finance approves as well.";
        Field<NonNullGraphType<DecimalGraphType>>("repDiscountLimit")
            .Description("A discount below this (CNY) is the rep's own decision; from it on the region's manager approves.")
            .Resolve(_ => approval.CurrentValue.RepDiscountLimit);
        Field<NonNullGraphType<DecimalGraphType>>("managerDiscountLimit")
            .Description("A discount up to and including this (CNY) is the manager's to approve; above it the director's.")
            .Resolve(_ => approval.CurrentValue.ManagerDiscountLimit);
        Field<NonNullGraphType<DecimalGraphType>>("majorContractAmount")
            .Description("A contract whose agreed total is at least this (CNY) is major (重大合同) and needs the director whatever its discount.")
            .Resolve(_ => approval.CurrentValue.MajorContractAmount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalPolicyLevelGraphType>>>>("levels")
            .Description("The discount ladder from REP to DIRECTOR, each level with the roles that may approve at it.")
            .Resolve(_ => Levels());
        Field<EnumerationGraphType<ApprovalLevel>>("callerAuthority")
            .Description("The highest level of the ladder the caller may approve; null for roles outside it (finance approves credit only).")
            .Resolve(c => c.Source.Role is { } role ? DiscountApproval.AuthorityOf(role) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<StaffRole>>>>>("creditApproverRoles")
            .Description("The roles that approve as well (FINANCE level) when the customer's open receivables plus the contract's agreed total exceed its credit limit.")
            .Resolve(_ => ApprovalAuthority.CreditApproverRoles);
        Field<NonNullGraphType<EnumerationGraphType<ApprovalLevel>>>("requiredLevel")
            .Description("The lowest level that may approve a contract with this discount and agreed total, as the workflow decides it.")
            .Argument<NonNullGraphType<DecimalGraphType>>("discountAmount", "The contract's discount (list total − agreed total), CNY.")
            .Argument<NonNullGraphType<DecimalGraphType>>("agreedTotal", "The contract's agreed total, CNY.")
            .Resolve(c => DiscountApproval.RequiredLevel(c.GetArgument<decimal>("discountAmount"), c.GetArgument<decimal>("agreedTotal"), approval.CurrentValue));
        Field<NonNullGraphType<BooleanGraphType>>("needsFinance")
            .Description("Whether finance must approve as well: the customer's open receivables plus the agreed total exceed its credit limit.")
            .Argument<NonNullGraphType<DecimalGraphType>>("openReceivables", "The customer's open receivables, CNY.")
            .Argument<NonNullGraphType<DecimalGraphType>>("agreedTotal", "The contract's agreed total, CNY.")
            .Argument<NonNullGraphType<DecimalGraphType>>("creditLimit", "The customer's credit limit, CNY.")
            .Resolve(c => DiscountApproval.NeedsFinance(c.GetArgument<decimal>("openReceivables"), c.GetArgument<decimal>("agreedTotal"), c.GetArgument<decimal>("creditLimit")));
    }

    private static List<ApprovalPolicyLevel> Levels() =>
        [.. Ladder.Select(level => new ApprovalPolicyLevel(level, [.. Enum.GetValues<StaffRole>()
            .Select(role => (Role: role, Authority: DiscountApproval.AuthorityOf(role)))
            .Where(r => DiscountApproval.Covers(r.Authority, level))
            .OrderBy(r => Array.IndexOf(Ladder, r.Authority!.Value))
            .Select(r => r.Role)]))];
}
