using SalesGraph.Auth;
using SalesGraph.Data.Entities;

namespace SalesGraph.Contracts;

/// <summary>
/// The approval rules of docs/domain.md as pure functions. Rule 1 (按折扣权限上报): a discount below the rep limit is the rep's
/// own decision; up to the manager limit the region's manager decides; above it, or for a major contract, the director.
/// Rule 2: when the customer's open receivables plus the contract exceed its credit limit, finance approves as well.
/// Who holds which level is the write rule <see cref="ApprovalAuthority"/>.
/// </summary>
public static class DiscountApproval
{
    /// <summary>The lowest level that may approve a contract with this discount and agreed total.</summary>
    public static ApprovalLevel RequiredLevel(decimal discountAmount, decimal agreedTotal, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return discountAmount > options.ManagerDiscountLimit || agreedTotal >= options.MajorContractAmount ? ApprovalLevel.Director
            : discountAmount >= options.RepDiscountLimit ? ApprovalLevel.Manager
            : ApprovalLevel.Rep;
    }

    /// <summary>Rule 2: whether finance must approve too.</summary>
    public static bool NeedsFinance(decimal openReceivables, decimal agreedTotal, decimal creditLimit) =>
        openReceivables + agreedTotal > creditLimit;

    /// <summary>The discount authority of a role on the ladder: <see cref="ApprovalAuthority.AuthorityOf"/>, the write rule in <c>Auth/</c>.</summary>
    public static ApprovalLevel? AuthorityOf(StaffRole role) => ApprovalAuthority.AuthorityOf(role);

    /// <summary>Whether <paramref name="authority"/> reaches <paramref name="required"/>: <see cref="ApprovalAuthority.Covers"/>.</summary>
    public static bool Covers(ApprovalLevel? authority, ApprovalLevel required) => ApprovalAuthority.Covers(authority, required);
}
