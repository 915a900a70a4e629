using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who may approve or reject a contract, and at which level: the discount ladder rep → manager → director (a role
/// approves what its level covers) and finance for the credit check. Pure: the caller's role, what the contract needs
/// and what was already given since its submission in, a decision out. Which level a contract needs is
/// <c>DiscountApproval.RequiredLevel</c> and <c>NeedsFinance</c>; whose contract it is, the row scope.
/// </summary>
public static class ApprovalAuthority
{
    /// <summary>The discount authority of a role on the ladder; null for roles outside it (finance approves credit only).</summary>
    public static ApprovalLevel? AuthorityOf(StaffRole role) => role switch
    {
        StaffRole.Director => ApprovalLevel.Director,
        StaffRole.RegionalManager => ApprovalLevel.Manager,
        StaffRole.SalesRep => ApprovalLevel.Rep,
        _ => null,
    };

    /// <summary>Whether <paramref name="authority"/> reaches <paramref name="required"/> on the ladder rep → manager → director.</summary>
    public static bool Covers(ApprovalLevel? authority, ApprovalLevel required) =>
        authority is { } a && a != ApprovalLevel.Finance && required != ApprovalLevel.Finance && Rank(a) >= Rank(required);

    /// <summary>
    /// An approval by <paramref name="role"/> of a contract that <paramref name="needs"/> these approvals, of which
    /// <paramref name="given"/> were given since it was submitted: finance gives the credit approval when it is needed;
    /// a ladder role gives the discount approval when its level covers the one required.
    /// </summary>
    public static ApprovalDecision Approve(StaffRole? role, ApprovalNeeds needs, IReadOnlyCollection<ApprovalLevel> given)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(given);
        var financeDone = given.Contains(ApprovalLevel.Finance);
        var discountDone = given.Any(l => Covers(l, needs.Level));
        if (role == StaffRole.Finance)
        {
            return !needs.Finance ? ApprovalDecision.Refuse(ApprovalRefusal.FinanceNotNeeded)
                : financeDone ? ApprovalDecision.Refuse(ApprovalRefusal.AlreadyApproved)
                : ApprovalDecision.Give(ApprovalLevel.Finance, completes: discountDone);
        }

        var authority = role is { } r ? AuthorityOf(r) : null;
        return !Covers(authority, needs.Level) ? ApprovalDecision.Refuse(ApprovalRefusal.BelowRequiredLevel, authority)
            : discountDone ? ApprovalDecision.Refuse(ApprovalRefusal.AlreadyApproved, authority)
            : ApprovalDecision.Give(authority!.Value, completes: !needs.Finance || financeDone);
    }

    /// <summary>
    /// A rejection by <paramref name="role"/>: any approver the contract needs may reject it — finance when the credit
    /// check applies, a ladder role whose level covers the discount.
    /// </summary>
    public static ApprovalDecision Reject(StaffRole? role, ApprovalNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        if (role == StaffRole.Finance && needs.Finance)
        {
            return ApprovalDecision.Give(ApprovalLevel.Finance, completes: true);
        }

        var authority = role is { } r ? AuthorityOf(r) : null;
        return Covers(authority, needs.Level)
            ? ApprovalDecision.Give(authority!.Value, completes: true)
            : ApprovalDecision.Refuse(ApprovalRefusal.NotAnApprover, authority);
    }

    /// <summary>
    /// The roles that give the credit approval (the FINANCE level of rule 2), read from <see cref="Approve"/> itself:
    /// those it lets approve a contract that needs only the credit check.
    /// </summary>
    public static IReadOnlyList<StaffRole> CreditApproverRoles { get; } =
        [.. Enum.GetValues<StaffRole>().Where(role =>
            Approve(role, new ApprovalNeeds(ApprovalLevel.Director, Finance: true), []) is { Allowed: true, Level: ApprovalLevel.Finance })];

    private static int Rank(ApprovalLevel level) => level switch
    {
        ApprovalLevel.Rep => 0,
        ApprovalLevel.Manager => 1,
        ApprovalLevel.Director => 2,
        _ => -1,
    };
}
