using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Funnel;

/// <summary>One cell of the manager's pipeline review: a rep's open opportunities at one stage expected to close in one month.</summary>
/// <param name="StaffId">The owner rep.</param>
/// <param name="Stage">LEAD, INTENTION or QUOTE.</param>
/// <param name="Month">The first day of the expected close month (slipped ones: the current month).</param>
/// <param name="Count">Opportunities.</param>
/// <param name="ExpectedAmount">Σ expected amount.</param>
/// <param name="Slipped">Of those, the ones expected to close before the current month (slipped into it).</param>
public sealed record PipelineReviewRow(int StaffId, OpportunityStage Stage, DateOnly Month, int Count, decimal ExpectedAmount, int Slipped)
{
    /// <summary>expectedAmount × the stage's probability (<see cref="PipelineStages.Probability"/>).</summary>
    public decimal WeightedAmount => decimal.Round(ExpectedAmount * PipelineStages.Probability(Stage), 2, MidpointRounding.AwayFromZero);
}

/// <summary>The open stages' win probabilities for the weighted pipeline (decision 023).</summary>
public static class PipelineStages
{
    /// <summary>LEAD 10 %, INTENTION 30 %, QUOTE 60 %; closed stages 0.</summary>
    public static decimal Probability(OpportunityStage stage) => stage switch
    {
        OpportunityStage.Lead => 0.1m,
        OpportunityStage.Intention => 0.3m,
        OpportunityStage.Quote => 0.6m,
        _ => 0m,
    };
}

/// <summary>The <c>PipelineReviewRow</c> type.</summary>
public sealed class PipelineReviewRowGraphType : ObjectGraphType<PipelineReviewRow>
{
    public PipelineReviewRowGraphType()
    {
        Name = "PipelineReviewRow";
        Description = "The pipeline review (商机评审): one rep's open opportunities at one stage expected to close in one month.";
        Field<StaffGraphType>("owner").Description("The owner rep.").Resolve(c => c.LoadById<Staff>(c.Source.StaffId));
        Field(r => r.Stage).Description("LEAD, INTENTION or QUOTE.");
        Field(r => r.Month).Description("The first day of the month they are expected to close in; those expected earlier (slipped) are in the current month.");
        Field(r => r.Count).Description("Open opportunities.");
        Field(r => r.ExpectedAmount).Description("Σ expected amount (CNY).");
        Field(r => r.WeightedAmount).Description("expectedAmount × the stage's probability (LEAD 10%, INTENTION 30%, QUOTE 60%).");
        Field(r => r.Slipped).Description("Of those, expected to close before the current month and still open.");
    }
}
