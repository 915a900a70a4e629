namespace SalesGraph.Contracts;

/// <summary>
/// The thresholds of the approval rules (docs/domain.md rule 1), configuration section <c>Approval</c>; validated at start-up
/// by <see cref="ApprovalOptionsValidator"/>. The defaults are the policy defaults of docs/domain.md.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approval";

    /// <summary>A discount below this (CNY) is the rep's own decision.</summary>
    public decimal RepDiscountLimit { get; set; } = 50_000m;

    /// <summary>A discount from <see cref="RepDiscountLimit"/> up to and including this (CNY) needs the region's manager; above, the director.</summary>
    public decimal ManagerDiscountLimit { get; set; } = 200_000m;

    /// <summary>A contract whose agreed total is at least this (CNY) is major (重大合同) and needs the director whatever its discount.</summary>
    public decimal MajorContractAmount { get; set; } = 1_000_000m;
}
