using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.UnitTests.Auth;

/// <summary>Who may approve or reject a contract, and at which level: the ladder rep → manager → director, and finance on credit.</summary>
public sealed class ApprovalAuthorityTests
{
    private static readonly ApprovalLevel[] Nothing = [];

    [Theory]
    [InlineData(SalesRep, ApprovalLevel.Rep, true)]
    [InlineData(SalesRep, ApprovalLevel.Manager, false)]
    [InlineData(RegionalManager, ApprovalLevel.Rep, true)]
    [InlineData(RegionalManager, ApprovalLevel.Manager, true)]
    [InlineData(RegionalManager, ApprovalLevel.Director, false)]
    [InlineData(Director, ApprovalLevel.Director, true)]
    public void ALadderRoleApprovesWhatItsLevelCovers(StaffRole role, ApprovalLevel needed, bool allowed)
    {
        var decision = ApprovalAuthority.Approve(role, new ApprovalNeeds(needed, Finance: false), Nothing);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : ApprovalRefusal.BelowRequiredLevel, decision.Refusal);
        Assert.Equal(ApprovalAuthority.AuthorityOf(role), decision.Level);
        Assert.Equal(allowed, decision.Completes);
    }

    [Theory]
    [InlineData(SalesSupport)]
    [InlineData(Admin)]
    [InlineData(BiAnalyst)]
    [InlineData(Integration)]
    public void RolesOffTheLadderApproveNoDiscount(StaffRole role)
    {
        var decision = ApprovalAuthority.Approve(role, new ApprovalNeeds(ApprovalLevel.Rep, Finance: false), Nothing);

        Assert.Equal(ApprovalRefusal.BelowRequiredLevel, decision.Refusal);
        Assert.Null(decision.Level);
    }

    [Fact]
    public void WithFinanceNeededTheDiscountApprovalLeavesTheContractPendingUntilFinanceApproves()
    {
        var needs = new ApprovalNeeds(ApprovalLevel.Manager, Finance: true);

        var manager = ApprovalAuthority.Approve(RegionalManager, needs, Nothing);
        var finance = ApprovalAuthority.Approve(StaffRole.Finance, needs, [ApprovalLevel.Manager]);

        Assert.True(manager.Allowed);
        Assert.False(manager.Completes);
        Assert.Equal(ApprovalLevel.Finance, finance.Level);
        Assert.True(finance.Completes);
    }

    [Fact]
    public void FinanceApprovingFirstLeavesTheDiscountApprovalToGive()
    {
        var decision = ApprovalAuthority.Approve(StaffRole.Finance, new ApprovalNeeds(ApprovalLevel.Director, Finance: true), Nothing);

        Assert.True(decision.Allowed);
        Assert.False(decision.Completes);
    }

    [Fact]
    public void FinanceMayNotApproveAContractWithinTheCreditLimit() =>
        Assert.Equal(ApprovalRefusal.FinanceNotNeeded, ApprovalAuthority.Approve(StaffRole.Finance, new ApprovalNeeds(ApprovalLevel.Rep, Finance: false), Nothing).Refusal);

    [Fact]
    public void AnApprovalAlreadyGivenIsNotGivenTwice()
    {
        var needs = new ApprovalNeeds(ApprovalLevel.Manager, Finance: true);

        Assert.Equal(ApprovalRefusal.AlreadyApproved, ApprovalAuthority.Approve(StaffRole.Director, needs, [ApprovalLevel.Manager]).Refusal);
        Assert.Equal(ApprovalRefusal.AlreadyApproved, ApprovalAuthority.Approve(StaffRole.Finance, needs, [ApprovalLevel.Finance]).Refusal);
    }

    [Fact]
    public void AnApprovalBelowTheRequiredLevelDoesNotCountAsTheDiscountApproval()
    {
        // A rep approved before the contract was changed to need the manager: the manager's approval is still missing.
        var decision = ApprovalAuthority.Approve(RegionalManager, new ApprovalNeeds(ApprovalLevel.Manager, Finance: false), [ApprovalLevel.Rep]);

        Assert.True(decision.Allowed);
        Assert.True(decision.Completes);
    }

    [Theory]
    [InlineData(StaffRole.Finance, ApprovalLevel.Rep, true, true)]
    [InlineData(StaffRole.Finance, ApprovalLevel.Rep, false, false)]
    [InlineData(RegionalManager, ApprovalLevel.Manager, false, true)]
    [InlineData(RegionalManager, ApprovalLevel.Director, true, false)]
    [InlineData(Director, ApprovalLevel.Director, false, true)]
    [InlineData(SalesSupport, ApprovalLevel.Rep, false, false)]
    public void AnyApproverTheContractNeedsMayRejectIt(StaffRole role, ApprovalLevel needed, bool finance, bool allowed)
    {
        var decision = ApprovalAuthority.Reject(role, new ApprovalNeeds(needed, finance));

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : ApprovalRefusal.NotAnApprover, decision.Refusal);
        if (allowed)
        {
            Assert.Equal(role == StaffRole.Finance ? ApprovalLevel.Finance : ApprovalAuthority.AuthorityOf(role), decision.Level);
        }
    }

    [Fact]
    public void NoRoleIsNoApprover() =>
        Assert.False(ApprovalAuthority.Approve(null, new ApprovalNeeds(ApprovalLevel.Rep, Finance: false), Nothing).Allowed);

    [Fact]
    public void OnlyFinanceGivesTheCreditApproval() =>
        Assert.Equal([Finance], ApprovalAuthority.CreditApproverRoles);
}
