using SalesGraph.Auth;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;

namespace SalesGraph.UnitTests.Contracts;

public sealed class ContractApprovalStateTests
{
    private static readonly ApprovalOptions Defaults = new();

    [Theory]
    [InlineData(10_000, 300_000, false, new[] { ApprovalRule.WithinRepLimit })]
    [InlineData(80_000, 300_000, false, new[] { ApprovalRule.Discount })]
    [InlineData(0, 1_000_000, false, new[] { ApprovalRule.MajorContract })]
    [InlineData(250_000, 1_200_000, true, new[] { ApprovalRule.MajorContract, ApprovalRule.Discount, ApprovalRule.Credit })]
    [InlineData(0, 90_000, true, new[] { ApprovalRule.WithinRepLimit, ApprovalRule.Credit })]
    public void RulesNameWhatPutTheContractAtItsLevel(decimal discount, decimal agreedTotal, bool finance, ApprovalRule[] expected)
    {
        var needs = new ApprovalNeeds(DiscountApproval.RequiredLevel(discount, agreedTotal, Defaults), finance);
        Assert.Equal(expected, ContractApprovalState.RulesOf(discount, agreedTotal, needs, Defaults));
    }

    [Fact]
    public void AHigherLevelCoversTheLadderAndFinanceIsAwaitedOnItsOwn()
    {
        var needs = new ApprovalNeeds(ApprovalLevel.Manager, Finance: true);
        Assert.Equal([ApprovalLevel.Manager, ApprovalLevel.Finance], ContractApprovalState.WaitingForOf(needs, []));
        Assert.Equal([ApprovalLevel.Finance], ContractApprovalState.WaitingForOf(needs, [ApprovalLevel.Director]));
        Assert.Equal([ApprovalLevel.Manager], ContractApprovalState.WaitingForOf(needs, [ApprovalLevel.Finance, ApprovalLevel.Rep]));
        Assert.Empty(ContractApprovalState.WaitingForOf(needs, [ApprovalLevel.Finance, ApprovalLevel.Manager]));
    }

    [Fact]
    public void WaitingForAgreesWithWhatApprovalAuthorityStillLetsSomeoneGive()
    {
        foreach (var level in new[] { ApprovalLevel.Rep, ApprovalLevel.Manager, ApprovalLevel.Director })
        {
            foreach (var finance in new[] { false, true })
            {
                var needs = new ApprovalNeeds(level, finance);
                foreach (var given in new List<ApprovalLevel>[] { [], [ApprovalLevel.Finance], [level], [ApprovalLevel.Rep] })
                {
                    var waiting = ContractApprovalState.WaitingForOf(needs, given);
                    var roles = ContractApprovalState.RolesFor(waiting);
                    foreach (var role in Enum.GetValues<StaffRole>())
                    {
                        var decision = ApprovalAuthority.Approve(role, needs, given);
                        Assert.True(decision.Allowed == roles.Contains(role), $"{role} on {level}/finance {finance} after [{string.Join(",", given)}]");
                    }
                }
            }
        }
    }

    [Fact]
    public void RolesForALadderLevelAreThoseWhoseAuthorityReachesItAndFinanceForCredit()
    {
        Assert.Equal([StaffRole.Director, StaffRole.RegionalManager], ContractApprovalState.RolesFor([ApprovalLevel.Manager]).Order());
        Assert.Equal([StaffRole.Director], ContractApprovalState.RolesFor([ApprovalLevel.Director]));
        Assert.Equal([StaffRole.Finance], ContractApprovalState.RolesFor([ApprovalLevel.Finance]));
        Assert.Empty(ContractApprovalState.RolesFor([]));
    }
}
