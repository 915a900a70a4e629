using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.UnitTests.Auth;

/// <summary>
/// Reads that need a grant: a field rule can require a service account's grant besides its role, and the stocking plan
/// is declared that way. Expected outcomes are written out here, independently of <see cref="AccessMatrix"/>.
/// </summary>
public sealed class FieldRuleGrantTests
{
    private static readonly FieldRule Rule = FieldRule.Nobody.Allow(Director).AllowWithGrant("production:read", Integration);

    [Fact]
    public void AnIntegrationHoldingTheGrantReadsTheField() =>
        Assert.Equal(FieldAccess.Allow, Rule.Decide(Of(Integration, "orders:write", "production:read"), row: null));

    [Fact]
    public void AnIntegrationWithoutTheGrantIsDeniedAlthoughItsRoleIsNamed()
    {
        Assert.Equal(FieldAccess.Deny, Rule.Decide(Of(Integration, "orders:write"), row: null));
        Assert.Equal(FieldAccess.Deny, Rule.For(Of(Integration, "production:write")));
    }

    [Fact]
    public void GrantsAreExactNotPrefixesNorCaseInsensitive()
    {
        Assert.Equal(FieldAccess.Deny, Rule.For(Of(Integration, "production:*")));
        Assert.Equal(FieldAccess.Deny, Rule.For(Of(Integration, "PRODUCTION:READ")));
    }

    [Fact]
    public void RolesAllowedWithoutAGrantNeedNone() =>
        Assert.Equal(FieldAccess.Allow, Rule.For(Of(Director)));

    [Fact]
    public void AGrantDoesNotOpenAFieldToARoleTheRuleDoesNotName() =>
        Assert.Equal(FieldAccess.Deny, Rule.For(Of(BiAnalyst, "production:read")));

    [Fact]
    public void ARuleNeedingAGrantIsNeverOpenToAllAndSaysWhichGrant()
    {
        var everyone = FieldRule.Nobody.Allow(Enum.GetValues<StaffRole>()).AllowWithGrant("production:read", Integration);

        Assert.False(everyone.IsOpenToAll);
        Assert.Contains("INTEGRATION with production:read", Rule.Describe(), StringComparison.Ordinal);
        Assert.Equal("production:read", Rule.GrantFor(Integration));
        Assert.Null(Rule.GrantFor(Director));
    }

    [Fact]
    public void AllowingARoleAgainWithoutAGrantDropsTheGrant() =>
        Assert.Equal(FieldAccess.Allow, Rule.Allow(Integration).For(Of(Integration)));

    [Theory]
    [InlineData(Director, null, true)]
    [InlineData(RegionalManager, null, true)]
    [InlineData(SalesSupport, null, true)]
    [InlineData(Integration, "production:read", true)]
    [InlineData(Integration, "orders:read", false)]
    [InlineData(Integration, null, false)]
    [InlineData(SalesRep, null, false)]
    [InlineData(Finance, null, false)]
    [InlineData(BiAnalyst, null, false)]
    [InlineData(Admin, null, false)]
    public void TheStockingPlanIsReadByTheDeskManagersTheDirectorAndProductionPlanning(StaffRole role, string? grant, bool allowed)
    {
        var caller = grant is null ? Of(role) : Of(role, grant);
        Assert.Equal(allowed ? FieldAccess.Allow : FieldAccess.Deny, AccessMatrix.Fields["Query"]["stockingPlan"].Decide(caller, row: null));
    }

    private static Caller Of(StaffRole role, params string[] grants) =>
        new(1, "someone", role, 10, 1, role is Integration or BiAnalyst, grants.ToHashSet(StringComparer.Ordinal),
            role == Integration ? ClientKind.Integration : ClientKind.Spa);
}
