using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.UnitTests.Auth;

/// <summary>Who may set or split which target: company and region targets are the director's, a rep's also its region's manager's.</summary>
public sealed class TargetAuthorityTests
{
    private const string East = "/1/";
    private const string EastShanghai = "/1/5/";
    private const string North = "/2/";

    [Theory]
    [InlineData(TargetScope.Company)]
    [InlineData(TargetScope.Region)]
    [InlineData(TargetScope.Staff)]
    public void TheDirectorSetsEveryTarget(TargetScope scope) =>
        Assert.Null(TargetAuthority.RefusalToSet(Person(Director, regionId: null), scope, EastShanghai, null));

    [Theory]
    [InlineData(East)]
    [InlineData(EastShanghai)]
    public void AManagerSetsTheTargetsOfRepsInItsRegionsSubtree(string repRegion) =>
        Assert.Null(TargetAuthority.RefusalToSet(Person(RegionalManager, regionId: 1), TargetScope.Staff, repRegion, East));

    [Fact]
    public void AManagerDoesNotSetTheTargetOfAnotherRegionsRep() =>
        Assert.Equal("You set targets of your own region's reps only.",
            TargetAuthority.RefusalToSet(Person(RegionalManager, regionId: 1), TargetScope.Staff, North, East));

    [Fact]
    public void AManagerOfASubRegionDoesNotSetTheTargetOfARepInTheEnclosingRegion() =>
        Assert.NotNull(TargetAuthority.RefusalToSet(Person(RegionalManager, regionId: 5), TargetScope.Staff, East, EastShanghai));

    [Theory]
    [InlineData(TargetScope.Company, "Company targets are set by the director.")]
    [InlineData(TargetScope.Region, "Region targets are set by the director.")]
    public void CompanyAndRegionTargetsAreTheDirectorsOnly(TargetScope scope, string refusal) =>
        Assert.Equal(refusal, TargetAuthority.RefusalToSet(Person(RegionalManager, regionId: 1), scope, null, East));

    [Theory]
    [InlineData(SalesRep)]
    [InlineData(SalesSupport)]
    [InlineData(Finance)]
    public void OtherRolesSetNoRepTarget(StaffRole role) =>
        Assert.Equal("A rep's target is set by the director or the manager of the rep's region.",
            TargetAuthority.RefusalToSet(Person(role, regionId: 1), TargetScope.Staff, East, East));

    [Fact]
    public void OnlyAManagerSettingARepsTargetNeedsItsOwnRegion()
    {
        Assert.True(TargetAuthority.NeedsCallerRegion(Person(RegionalManager, regionId: 1), TargetScope.Staff, East));
        Assert.False(TargetAuthority.NeedsCallerRegion(Person(RegionalManager, regionId: 1), TargetScope.Region, null));
        Assert.False(TargetAuthority.NeedsCallerRegion(Person(Director, regionId: null), TargetScope.Staff, East));
    }

    private static Caller Person(StaffRole role, int? regionId) =>
        new(1, "someone", role, 10, regionId, false, new HashSet<string>(), ClientKind.Spa);
}
