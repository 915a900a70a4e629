using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>What <see cref="ApprovalAuthority"/> decided about one approval or rejection.</summary>
/// <param name="Level">The level the caller acts at; for a refusal, the caller's ladder level (null: none).</param>
/// <param name="Completes">For an approval: whether it is the last one the contract needs.</param>
/// <param name="Refusal">Why the caller may not, or null when it may.</param>
public sealed record ApprovalDecision(ApprovalLevel? Level, bool Completes, ApprovalRefusal? Refusal)
{
    /// <summary>Whether the caller may take the step.</summary>
    public bool Allowed => Refusal is null;

    internal static ApprovalDecision Give(ApprovalLevel level, bool completes) => new(level, completes, null);

    internal static ApprovalDecision Refuse(ApprovalRefusal refusal, ApprovalLevel? authority = null) => new(authority, false, refusal);
}

