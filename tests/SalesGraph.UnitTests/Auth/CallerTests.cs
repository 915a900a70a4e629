using System.Security.Claims;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;

namespace SalesGraph.UnitTests.Auth;

public sealed class CallerTests
{
    [Fact]
    public void UnauthenticatedPrincipalIsAnonymous()
    {
        var caller = Caller.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Same(Caller.Anonymous, caller);
        Assert.False(caller.IsAuthenticated);
        Assert.Null(caller.Role);
    }

    [Fact]
    public void PersonsClaimsBecomeTheCaller()
    {
        var caller = Caller.FromPrincipal(Principal(("sub", "12"), ("name", "li.ming"), ("role", "RegionalManager"), ("staff_id", "34"), ("region_id", "5"), ("client", "spa")));

        Assert.Equal(new int?[] { 12, 34, 5 }, [caller.AccountId, caller.StaffId, caller.RegionId]);
        Assert.Equal("li.ming", caller.Username);
        Assert.Equal(StaffRole.RegionalManager, caller.Role);
        Assert.False(caller.IsService);
        Assert.Equal(ClientKind.Spa, caller.Client);
    }

    [Fact]
    public void IntegrationClientHasItsGrantsAndIsAService()
    {
        var caller = Caller.FromPrincipal(Principal(("sub", "9"), ("name", "erp"), ("role", "Integration"), ("client", "integration"), ("scope", "payments:write  shipments:write")));

        Assert.True(caller.IsService);
        Assert.True(caller.HasGrant("payments:write"));
        Assert.True(caller.HasGrant("shipments:write"));
        Assert.False(caller.HasGrant("contracts:write"));
    }

    [Theory]
    [InlineData("SALES_REP", StaffRole.SalesRep)]
    [InlineData("salesrep", StaffRole.SalesRep)]
    [InlineData("BI_ANALYST", StaffRole.BiAnalyst)]
    public void RoleIsReadInEitherSpelling(string claim, StaffRole expected) =>
        Assert.Equal(expected, Caller.FromPrincipal(Principal(("name", "x"), ("role", claim))).Role);

    [Theory]
    [InlineData("0")]
    [InlineData("Director,Admin")]
    [InlineData("Boss")]
    [InlineData("")]
    public void UnknownOrMalformedRoleGivesNoRoleAtAll(string claim) =>
        Assert.Null(Caller.FromPrincipal(Principal(("name", "x"), ("role", claim))).Role);

    [Theory]
    [InlineData("f3b1c2d4-external")]
    [InlineData("12")]
    public void ExternalSubjectIsNeverTakenForAnAccountId(string subject)
    {
        var caller = Caller.FromPrincipal(Principal(AuthenticationFeature.ExternalAuthenticationType, ("sub", subject), ("role", "Finance")));

        Assert.Null(caller.AccountId);
        Assert.Equal(subject, caller.Username);
        Assert.True(caller.IsAuthenticated);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        Principal(AuthenticationFeature.LocalAuthenticationType, claims);

    private static ClaimsPrincipal Principal(string authenticationType, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType, nameType: "name", roleType: "role"));
}
