using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who must approve a delivery notice (发货通知单) before its goods may ship, and who may give each approval: goods not
/// yet paid, or beyond the customer's credit, wait for finance's and sales management's approval, and for the
/// director's as well when the unpaid amount exceeds <c>OrderDesk:DirectorUnpaidAmount</c> (赊销 needs the director).
/// Pure: amounts and roles in, a decision out; the row scope decides whose notice it is.
/// </summary>
public static class DeliveryNoticeApproval
{
    /// <summary>The approvals a notice needs.</summary>
    /// <param name="unpaidAmount">The value of the notice's goods not covered by confirmed payments, in CNY (0 when paid).</param>
    /// <param name="overCredit">Whether the customer's open receivables plus the notice exceed its credit limit.</param>
    /// <param name="directorUnpaidAmount">The unpaid amount above which the director approves too.</param>
    public static DeliveryNoticeNeeds Needs(decimal unpaidAmount, bool overCredit, decimal directorUnpaidAmount)
    {
        var unpaid = Math.Max(0, unpaidAmount);
        var required = unpaid > 0 || overCredit;
        return new DeliveryNoticeNeeds(required, required && unpaid > directorUnpaidAmount);
    }

    /// <summary>
    /// An approval by <paramref name="role"/> of a notice that <paramref name="needs"/> these approvals, of which
    /// <paramref name="given"/> are given: finance gives the finance approval, a regional manager the sales one, the
    /// director the director's when needed and otherwise the sales one (as the managers' superior).
    /// </summary>
    public static DeliveryNoticeDecision Approve(StaffRole? role, DeliveryNoticeNeeds needs, IReadOnlyCollection<DeliveryNoticeSignOff> given)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(given);
        if (!needs.Required)
        {
            return DeliveryNoticeDecision.Refuse(DeliveryNoticeRefusal.NotNeeded);
        }

        DeliveryNoticeSignOff? signOff = role switch
        {
            StaffRole.Finance => DeliveryNoticeSignOff.Finance,
            StaffRole.RegionalManager => DeliveryNoticeSignOff.Sales,
            StaffRole.Director when needs.Director && !given.Contains(DeliveryNoticeSignOff.Director) => DeliveryNoticeSignOff.Director,
            StaffRole.Director => DeliveryNoticeSignOff.Sales,
            _ => null,
        };
        if (signOff is not { } s)
        {
            return DeliveryNoticeDecision.Refuse(DeliveryNoticeRefusal.NotAnApprover);
        }

        if (given.Contains(s))
        {
            return DeliveryNoticeDecision.Refuse(DeliveryNoticeRefusal.AlreadyApproved);
        }

        return new DeliveryNoticeDecision(s, Pending(needs, [.. given, s]).Count == 0, null);
    }

    /// <summary>The approvals <paramref name="needs"/> asks for that are not in <paramref name="given"/>, in the order finance, sales, director.</summary>
    public static IReadOnlyList<DeliveryNoticeSignOff> Pending(DeliveryNoticeNeeds needs, IReadOnlyCollection<DeliveryNoticeSignOff> given)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(given);
        if (!needs.Required)
        {
            return [];
        }

        DeliveryNoticeSignOff[] all = needs.Director
            ? [DeliveryNoticeSignOff.Finance, DeliveryNoticeSignOff.Sales, DeliveryNoticeSignOff.Director]
            : [DeliveryNoticeSignOff.Finance, DeliveryNoticeSignOff.Sales];
        return [.. all.Where(s => !given.Contains(s))];
    }

    /// <summary>A rejection by <paramref name="role"/>: any role that may give one of the approvals the notice needs.</summary>
    public static bool MayReject(StaffRole? role, DeliveryNoticeNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        return needs.Required && role is StaffRole.Finance or StaffRole.RegionalManager or StaffRole.Director;
    }
}

/// <summary>The approvals a delivery notice needs.</summary>
/// <param name="Required">Whether it needs finance's and sales management's approval at all.</param>
/// <param name="Director">Whether it needs the director's as well.</param>
public sealed record DeliveryNoticeNeeds(bool Required, bool Director);

/// <summary>Why an approval of a delivery notice is refused.</summary>
public enum DeliveryNoticeRefusal
{
    /// <summary>The notice needs no approval: its goods are paid and within the credit.</summary>
    NotNeeded,

    /// <summary>The caller's role gives none of the approvals.</summary>
    NotAnApprover,

    /// <summary>The caller's approval was given already.</summary>
    AlreadyApproved,
}

/// <summary>What <see cref="DeliveryNoticeApproval.Approve"/> decided.</summary>
/// <param name="SignOff">The approval the caller gives; null when refused.</param>
/// <param name="Completes">Whether it is the last one the notice needs (it may ship).</param>
/// <param name="Refusal">Why the caller may not, or null when it may.</param>
public sealed record DeliveryNoticeDecision(DeliveryNoticeSignOff? SignOff, bool Completes, DeliveryNoticeRefusal? Refusal)
{
    /// <summary>Whether the caller may approve.</summary>
    public bool Allowed => Refusal is null;

    internal static DeliveryNoticeDecision Refuse(DeliveryNoticeRefusal refusal) => new(null, false, refusal);
}
