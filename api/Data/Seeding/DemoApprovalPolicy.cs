using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// The approval ladder of docs/domain.md rule 1 with its policy defaults, as the generator applies it to history. The live
/// rule belongs to the contracts feature; this copy only has to agree with it on the seeded defaults.
/// </summary>
internal static class DemoApprovalPolicy
{
    public const decimal RepDiscountLimit = 50_000m;
    public const decimal ManagerDiscountLimit = 200_000m;
    public const decimal MajorContractAmount = 1_000_000m;

    /// <summary>Who must approve a contract with this discount and agreed total.</summary>
    public static ApprovalLevel RequiredLevel(decimal discountAmount, decimal agreedTotal) =>
        discountAmount > ManagerDiscountLimit || agreedTotal >= MajorContractAmount ? ApprovalLevel.Director
        : discountAmount >= RepDiscountLimit ? ApprovalLevel.Manager
        : ApprovalLevel.Rep;

    /// <summary>Credit policy by grade (账额, 账期): what the director sets and the demo seeds.</summary>
    public static (decimal CreditLimit, int PaymentTermDays) CreditTerms(CustomerGrade grade) => grade switch
    {
        CustomerGrade.A => (5_000_000m, 90),
        CustomerGrade.B => (1_000_000m, 60),
        _ => (200_000m, 30),
    };
}
