using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.UnitTests.Auth;

/// <summary>Who may run the writes whose authority is a role decision: written out per role, independently of <see cref="WriteRules"/>.</summary>
public sealed class WriteRulesTests
{
    [Theory]
    [InlineData(SalesSupport, null, true)]
    [InlineData(SalesRep, null, true)]
    [InlineData(Integration, "orders:write", true)]
    [InlineData(Integration, "shipments:write", false)]
    [InlineData(RegionalManager, null, false)]
    [InlineData(Director, null, false)]
    [InlineData(Finance, null, false)]
    [InlineData(BiAnalyst, null, false)]
    [InlineData(Admin, null, false)]
    public void ClerksRepsAndTheErpRecordSalesOrders(StaffRole role, string? grant, bool allowed) =>
        Assert.Equal(allowed, WriteRules.OrderEntry.Permits(grant is null ? Of(role) : Of(role, grant)));

    [Theory]
    [InlineData(SalesSupport, true)]
    [InlineData(SalesRep, false)]
    [InlineData(RegionalManager, false)]
    [InlineData(Finance, false)]
    public void OnlyTheDeskRecordsACustomersConfirmation(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, WriteRules.OrderConfirmation.Permits(Of(role)));

    [Theory]
    [InlineData(Director, true)]
    [InlineData(RegionalManager, false)]
    [InlineData(SalesRep, false)]
    [InlineData(SalesSupport, false)]
    [InlineData(Finance, false)]
    [InlineData(BiAnalyst, false)]
    [InlineData(Integration, false)]
    [InlineData(Admin, false)]
    public void OnlyTheDirectorChangesACustomersGradeDirectly(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, WriteRules.CustomerGrade.Permits(Of(role)));

    [Theory]
    [InlineData(RegionalManager, true, false)]
    [InlineData(Director, false, true)]
    [InlineData(SalesRep, false, false)]
    [InlineData(SalesSupport, false, false)]
    [InlineData(Finance, false, false)]
    [InlineData(Integration, false, false)]
    public void ManagersProposeGradesAndTheDirectorDecidesAndSetsThePolicy(StaffRole role, bool proposes, bool decides)
    {
        Assert.Equal(proposes, WriteRules.GradeProposal.Permits(Of(role)));
        Assert.Equal(decides, WriteRules.GradeDecision.Permits(Of(role)));
        Assert.Equal(decides, WriteRules.CreditPolicy.Permits(Of(role)));
    }

    [Theory]
    [InlineData(Director, true)]
    [InlineData(Finance, true)]
    [InlineData(RegionalManager, false)]
    [InlineData(SalesRep, false)]
    [InlineData(SalesSupport, false)]
    [InlineData(BiAnalyst, false)]
    [InlineData(Integration, false)]
    [InlineData(Admin, false)]
    public void TheDirectorAndFinanceSetACustomersCreditLimit(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, WriteRules.CustomerCredit.Permits(Of(role)));

    [Fact]
    public void AnIntegrationNeedsTheGrantItsRuleNames()
    {
        Assert.False(WriteRules.PaymentRecording.Permits(Of(Integration)));
        Assert.False(WriteRules.PaymentRecording.Permits(Of(Integration, "orders:write")));
        Assert.True(WriteRules.PaymentRecording.Permits(Of(Integration, "payments:write")));
        Assert.True(WriteRules.PaymentRecording.Permits(Of(Finance)));
    }

    [Fact]
    public void ACallerWithoutARoleMayRunNothing() =>
        Assert.False(WriteRules.CustomerFollowUp.Permits(Caller.Anonymous));

    [Fact]
    public void TheRuleReadsAsASentenceInTheSchema()
    {
        Assert.Equal("Who may: DIRECTOR, FINANCE.", WriteRules.CustomerCredit.Describe());
        Assert.Equal("Who may: SALES_SUPPORT, FINANCE, INTEGRATION with payments:write.", WriteRules.PaymentRecording.Describe());
    }

    private static Caller Of(StaffRole role, params string[] grants) =>
        new(1, "someone", role, 10, 1, role is Integration or BiAnalyst, grants.ToHashSet(StringComparer.Ordinal),
            role == Integration ? ClientKind.Integration : ClientKind.Spa);
}
