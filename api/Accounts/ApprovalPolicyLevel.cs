using SalesGraph.Data.Entities;

namespace SalesGraph.Accounts;

/// <summary>One level of the approval ladder and the roles whose discount authority reaches it.</summary>
public sealed record ApprovalPolicyLevel(ApprovalLevel Level, IReadOnlyList<StaffRole> ApproverRoles);
