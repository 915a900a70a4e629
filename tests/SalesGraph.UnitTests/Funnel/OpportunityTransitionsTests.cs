using SalesGraph.Data.Entities;
using SalesGraph.Funnel;
using static SalesGraph.Data.Entities.OpportunityStage;

namespace SalesGraph.UnitTests.Funnel;

/// <summary>The funnel's moves, without a host.</summary>
public sealed class OpportunityTransitionsTests
{
    [Theory]
    [InlineData(Lead, Intention, true)]
    [InlineData(Quote, Lead, true)]
    [InlineData(Intention, Lost, true)]
    [InlineData(Quote, Won, true)]
    [InlineData(Lead, Won, false)]
    [InlineData(Intention, Won, false)]
    [InlineData(Won, Lost, false)]
    [InlineData(Lost, Lead, false)]
    [InlineData(Quote, Quote, false)]
    public void OpenStagesMoveEitherWayOnlyAQuoteIsWonAndClosedOnesStayClosed(OpportunityStage from, OpportunityStage to, bool allowed) =>
        Assert.Equal(allowed, OpportunityTransitions.Allows(from, to));
}
