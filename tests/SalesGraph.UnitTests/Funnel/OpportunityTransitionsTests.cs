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

    [Theory]
    [InlineData(Lead, Intention, Intention)]
    [InlineData(Lead, Quote, Quote)]
    [InlineData(Quote, Lead, Quote)]
    [InlineData(Intention, Lost, Intention)]
    [InlineData(Quote, Won, Won)]
    public void TheFurthestStageOnlyGrowsMovingBackOrLosingKeepsIt(OpportunityStage furthest, OpportunityStage to, OpportunityStage expected) =>
        Assert.Equal(expected, OpportunityTransitions.Furthest(furthest, to));

    [Fact]
    public void TheWeightedPipelineUsesTheOpenStagesProbabilitiesAndTheTotalRowAddsUpTheSources()
    {
        Assert.Equal(6_000.6m, new PipelineReviewRow(1, Quote, new DateOnly(2026, 5, 1), 2, 10_001m, 0).WeightedAmount);
        Assert.Equal(0m, PipelineStages.Probability(Won));
        var total = FunnelConversionRow.Total(
            [new FunnelConversionRow(CustomerSource.Online, 4, 2, 1, 1, 1, 10m), new FunnelConversionRow(CustomerSource.Referral, 2, 2, 2, 1, 0, 5m)]);
        Assert.Equal((null, 6, 4, 3, 2, 1, 3, 15m), (total.Source, total.Created, total.ReachedIntention, total.ReachedQuote, total.Won, total.Lost, total.Open, total.WonAmount));
        Assert.Equal((0.6667m, 0.75m, 0.6667m, 0.3333m, 0.6667m), (total.LeadToIntentionRate!.Value, total.IntentionToQuoteRate!.Value, total.QuoteToWonRate!.Value, total.ConversionRate!.Value, total.WinRate!.Value));
        Assert.Null(new FunnelConversionRow(null, 0, 0, 0, 0, 0, 0m).LeadToIntentionRate);
    }
}
