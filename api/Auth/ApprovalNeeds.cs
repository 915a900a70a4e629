using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>The approvals a contract needs: its discount at <paramref name="Level"/> or above, and finance's when <paramref name="Finance"/>.</summary>
/// <param name="Level">The lowest ladder level that may approve the discount.</param>
/// <param name="Finance">Whether finance must approve too (rule 2: the credit limit).</param>
public sealed record ApprovalNeeds(ApprovalLevel Level, bool Finance);
