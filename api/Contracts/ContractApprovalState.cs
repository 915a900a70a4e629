using SalesGraph.Auth;
using SalesGraph.Data.Entities;

namespace SalesGraph.Contracts;

/// <summary>
/// Where a contract PENDING_APPROVAL stands, as the workflow decides it: the ladder level it needs, the rules that put
/// it there, the approvals given since its last submission, the levels it still waits for, and who may act on them.
/// </summary>
/// <param name="Level">The lowest ladder level that may approve the discount (<see cref="DiscountApproval.RequiredLevel"/>).</param>
/// <param name="Rules">The rules behind <paramref name="Level"/> and <paramref name="NeedsFinance"/>.</param>
/// <param name="NeedsFinance">Whether finance approves as well (rule 2).</param>
/// <param name="Given">The levels approved since the last submission, oldest first.</param>
/// <param name="WaitingFor">The approvals still missing: the ladder level, FINANCE, or both (either may come first).</param>
/// <param name="ApproverRoles">The roles that may give a missing approval.</param>
/// <param name="Approvers">The active staff who may give one: the owner rep, the managers over the contract's region, directors, finance.</param>
public sealed record ContractApprovalState(
    ApprovalLevel Level,
    IReadOnlyList<ApprovalRule> Rules,
    bool NeedsFinance,
    IReadOnlyList<ApprovalLevel> Given,
    IReadOnlyList<ApprovalLevel> WaitingFor,
    IReadOnlyList<StaffRole> ApproverRoles,
    IReadOnlyList<Staff> Approvers)
{
    /// <summary>The rules that put a contract with these figures at <paramref name="needs"/> (pure: no database).</summary>
    public static IReadOnlyList<ApprovalRule> RulesOf(decimal discountAmount, decimal agreedTotal, ApprovalNeeds needs, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(options);
        var rules = new List<ApprovalRule>();
        if (agreedTotal >= options.MajorContractAmount)
        {
            rules.Add(ApprovalRule.MajorContract);
        }

        if (discountAmount >= options.RepDiscountLimit)
        {
            rules.Add(ApprovalRule.Discount);
        }

        if (rules.Count == 0)
        {
            rules.Add(ApprovalRule.WithinRepLimit);
        }

        if (needs.Finance)
        {
            rules.Add(ApprovalRule.Credit);
        }

        return rules;
    }

    /// <summary>
    /// The approvals still missing, by the same test as <see cref="ApprovalAuthority.Approve"/>: the ladder level until an
    /// approval at or above it is given, FINANCE until finance approved when the credit check applies.
    /// </summary>
    public static IReadOnlyList<ApprovalLevel> WaitingForOf(ApprovalNeeds needs, IReadOnlyCollection<ApprovalLevel> given)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(given);
        var waiting = new List<ApprovalLevel>();
        if (!given.Any(l => ApprovalAuthority.Covers(l, needs.Level)))
        {
            waiting.Add(needs.Level);
        }

        if (needs.Finance && !given.Contains(ApprovalLevel.Finance))
        {
            waiting.Add(ApprovalLevel.Finance);
        }

        return waiting;
    }

    /// <summary>The roles that may give one of <paramref name="waitingFor"/>, read from <see cref="ApprovalAuthority"/>.</summary>
    public static IReadOnlyList<StaffRole> RolesFor(IReadOnlyCollection<ApprovalLevel> waitingFor)
    {
        ArgumentNullException.ThrowIfNull(waitingFor);
        return [.. Enum.GetValues<StaffRole>().Where(role =>
            waitingFor.Any(level => level == ApprovalLevel.Finance
                ? ApprovalAuthority.CreditApproverRoles.Contains(role)
                : ApprovalAuthority.Covers(ApprovalAuthority.AuthorityOf(role), level)))];
    }
}
