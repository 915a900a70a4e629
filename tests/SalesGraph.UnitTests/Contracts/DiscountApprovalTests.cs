using SalesGraph.Contracts;
using SalesGraph.Data.Entities;

namespace SalesGraph.UnitTests.Contracts;

public sealed class DiscountApprovalTests
{
    private static readonly ApprovalOptions Defaults = new();

    [Theory]
    [InlineData(0, 10_000, ApprovalLevel.Rep)]
    [InlineData(49_999.99, 500_000, ApprovalLevel.Rep)]
    [InlineData(50_000, 500_000, ApprovalLevel.Manager)]
    [InlineData(80_000, 400_000, ApprovalLevel.Manager)]
    [InlineData(200_000, 900_000, ApprovalLevel.Manager)]
    [InlineData(200_000.01, 900_000, ApprovalLevel.Director)]
    [InlineData(0, 999_999.99, ApprovalLevel.Rep)]
    [InlineData(0, 1_000_000, ApprovalLevel.Director)]
    [InlineData(10_000, 2_000_000, ApprovalLevel.Director)]
    public void DiscountAndContractSizePickTheApproverOfDomainRuleOne(decimal discount, decimal agreedTotal, ApprovalLevel expected) =>
        Assert.Equal(expected, DiscountApproval.RequiredLevel(discount, agreedTotal, Defaults));

    [Fact]
    public void ConfiguredThresholdsMoveTheLadder()
    {
        var strict = new ApprovalOptions { RepDiscountLimit = 10_000m, ManagerDiscountLimit = 20_000m, MajorContractAmount = 100_000m };
        Assert.Equal(ApprovalLevel.Manager, DiscountApproval.RequiredLevel(10_000m, 50_000m, strict));
        Assert.Equal(ApprovalLevel.Director, DiscountApproval.RequiredLevel(20_001m, 50_000m, strict));
        Assert.Equal(ApprovalLevel.Director, DiscountApproval.RequiredLevel(0m, 100_000m, strict));
    }

    [Theory]
    [InlineData(StaffRole.SalesRep, ApprovalLevel.Rep, true)]
    [InlineData(StaffRole.SalesRep, ApprovalLevel.Manager, false)]
    [InlineData(StaffRole.RegionalManager, ApprovalLevel.Manager, true)]
    [InlineData(StaffRole.RegionalManager, ApprovalLevel.Director, false)]
    [InlineData(StaffRole.Director, ApprovalLevel.Director, true)]
    [InlineData(StaffRole.Director, ApprovalLevel.Rep, true)]
    [InlineData(StaffRole.Finance, ApprovalLevel.Rep, false)]
    [InlineData(StaffRole.SalesSupport, ApprovalLevel.Rep, false)]
    public void OnlyAnAuthorityAtOrAboveTheRequiredLevelMayApproveTheDiscount(StaffRole role, ApprovalLevel required, bool allowed) =>
        Assert.Equal(allowed, DiscountApproval.Covers(DiscountApproval.AuthorityOf(role), required));

    [Theory]
    [InlineData(0, 100_000, 100_000, false)]
    [InlineData(0, 100_000.01, 100_000, true)]
    [InlineData(950_000, 60_000, 1_000_000, true)]
    [InlineData(900_000, 60_000, 1_000_000, false)]
    public void FinanceApprovesWhenOpenReceivablesPlusTheContractExceedTheCreditLimit(decimal open, decimal agreed, decimal limit, bool finance) =>
        Assert.Equal(finance, DiscountApproval.NeedsFinance(open, agreed, limit));

    [Fact]
    public void ThresholdsOutOfOrderAreRefusedAtStartUp()
    {
        var validator = new ApprovalOptionsValidator();
        Assert.True(validator.Validate(null, new ApprovalOptions()).Succeeded);
        Assert.True(validator.Validate(null, new ApprovalOptions { RepDiscountLimit = 300_000m }).Failed);
        Assert.True(validator.Validate(null, new ApprovalOptions { MajorContractAmount = 0m }).Failed);
    }
}
