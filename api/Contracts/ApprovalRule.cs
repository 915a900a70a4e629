using System.ComponentModel;

namespace SalesGraph.Contracts;

/// <summary>The rule of docs/domain.md that puts a contract at the approval it needs (rule 1's discount and major contract, rule 2's credit).</summary>
[Description("Why a contract needs the approvals it needs (按折扣权限上报 and the credit check).")]
public enum ApprovalRule
{
    [Description("The discount is below the rep limit: the owner rep may approve alone.")]
    WithinRepLimit,

    [Description("The discount reaches the rep limit (the manager approves) or exceeds the manager limit (the director approves).")]
    Discount,

    [Description("The agreed total reaches the major-contract amount (重大合同): the director approves whatever the discount.")]
    MajorContract,

    [Description("The customer's open receivables plus the agreed total exceed its credit limit: finance approves as well.")]
    Credit,
}
