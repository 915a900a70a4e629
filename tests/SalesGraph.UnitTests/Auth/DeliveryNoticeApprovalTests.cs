using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.UnitTests.Auth;

/// <summary>The delivery-notice approval rule, with the sources' figures: finance and sales for unpaid or over-credit goods, the director above ¥200,000 unpaid.</summary>
public sealed class DeliveryNoticeApprovalTests
{
    private const decimal DirectorAbove = 200_000m;

    [Fact]
    public void PaidGoodsWithinCreditNeedNoApproval() =>
        Assert.Equal(new DeliveryNoticeNeeds(false, false), DeliveryNoticeApproval.Needs(0m, overCredit: false, DirectorAbove));

    [Fact]
    public void PaidGoodsBeyondCreditNeedFinanceAndSalesButNotTheDirector() =>
        Assert.Equal(new DeliveryNoticeNeeds(true, false), DeliveryNoticeApproval.Needs(0m, overCredit: true, DirectorAbove));

    [Theory]
    [InlineData(1, false)]
    [InlineData(200_000, false)]
    [InlineData(200_000.01, true)]
    public void UnpaidGoodsNeedTheDirectorOnlyAboveTheAmount(decimal unpaid, bool director) =>
        Assert.Equal(new DeliveryNoticeNeeds(true, director), DeliveryNoticeApproval.Needs(unpaid, overCredit: false, DirectorAbove));

    [Fact]
    public void FinanceThenTheManagerReleaseTheNotice()
    {
        var needs = new DeliveryNoticeNeeds(true, false);
        var finance = DeliveryNoticeApproval.Approve(Finance, needs, []);
        var manager = DeliveryNoticeApproval.Approve(RegionalManager, needs, [DeliveryNoticeSignOff.Finance]);

        Assert.Equal((DeliveryNoticeSignOff.Finance, false), (finance.SignOff!.Value, finance.Completes));
        Assert.Equal((DeliveryNoticeSignOff.Sales, true), (manager.SignOff!.Value, manager.Completes));
    }

    [Fact]
    public void AboveTheAmountTheNoticeWaitsForTheDirectorAfterFinanceAndTheManager()
    {
        var needs = new DeliveryNoticeNeeds(true, true);

        Assert.False(DeliveryNoticeApproval.Approve(RegionalManager, needs, [DeliveryNoticeSignOff.Finance]).Completes);
        var director = DeliveryNoticeApproval.Approve(Director, needs, [DeliveryNoticeSignOff.Finance, DeliveryNoticeSignOff.Sales]);
        Assert.Equal((DeliveryNoticeSignOff.Director, true), (director.SignOff!.Value, director.Completes));
    }

    [Fact]
    public void TheDirectorMayStandInForTheManagerOnceItsOwnApprovalIsGiven()
    {
        var needs = new DeliveryNoticeNeeds(true, true);

        var second = DeliveryNoticeApproval.Approve(Director, needs, [DeliveryNoticeSignOff.Director, DeliveryNoticeSignOff.Finance]);

        Assert.Equal((DeliveryNoticeSignOff.Sales, true), (second.SignOff!.Value, second.Completes));
    }

    [Theory]
    [InlineData(SalesRep)]
    [InlineData(SalesSupport)]
    [InlineData(Integration)]
    [InlineData(BiAnalyst)]
    [InlineData(Admin)]
    public void NobodyOutsideFinanceAndSalesManagementApproves(SalesGraph.Data.Entities.StaffRole role)
    {
        var needs = new DeliveryNoticeNeeds(true, true);

        Assert.Equal(DeliveryNoticeRefusal.NotAnApprover, DeliveryNoticeApproval.Approve(role, needs, []).Refusal);
        Assert.False(DeliveryNoticeApproval.MayReject(role, needs));
    }

    [Fact]
    public void AnApprovalIsGivenOnceAndOnlyWhenNeeded()
    {
        Assert.Equal(DeliveryNoticeRefusal.AlreadyApproved,
            DeliveryNoticeApproval.Approve(Finance, new DeliveryNoticeNeeds(true, false), [DeliveryNoticeSignOff.Finance]).Refusal);
        Assert.Equal(DeliveryNoticeRefusal.NotNeeded, DeliveryNoticeApproval.Approve(Finance, new DeliveryNoticeNeeds(false, false), []).Refusal);
        Assert.False(DeliveryNoticeApproval.MayReject(Finance, new DeliveryNoticeNeeds(false, false)));
    }
}
