using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.Funnel;

/// <summary>
/// One source's funnel over the opportunities created in a period: how many reached each stage (an opportunity counts at
/// every stage up to its furthest, a lost one up to where it got), and the stage-to-stage conversion.
/// </summary>
/// <param name="Source">The source; null for the total row.</param>
/// <param name="Created">Opportunities created (all reached LEAD).</param>
/// <param name="ReachedIntention">Of those, the ones that reached INTENTION or further.</param>
/// <param name="ReachedQuote">Of those, the ones that reached QUOTE or further.</param>
/// <param name="Won">Of those, won.</param>
/// <param name="Lost">Of those, lost (at whatever stage).</param>
/// <param name="WonAmount">Σ expected amount of the won ones.</param>
public sealed record FunnelConversionRow(CustomerSource? Source, int Created, int ReachedIntention, int ReachedQuote, int Won, int Lost, decimal WonAmount)
{
    /// <summary>Still open (neither won nor lost).</summary>
    public int Open => Created - Won - Lost;

    /// <summary>LEAD → INTENTION: reachedIntention ÷ created.</summary>
    public decimal? LeadToIntentionRate => KpiCalculator.Rate(ReachedIntention, Created);

    /// <summary>INTENTION → QUOTE: reachedQuote ÷ reachedIntention.</summary>
    public decimal? IntentionToQuoteRate => KpiCalculator.Rate(ReachedQuote, ReachedIntention);

    /// <summary>QUOTE → WON: won ÷ reachedQuote.</summary>
    public decimal? QuoteToWonRate => KpiCalculator.Rate(Won, ReachedQuote);

    /// <summary>LEAD → WON: won ÷ created.</summary>
    public decimal? ConversionRate => KpiCalculator.Rate(Won, Created);

    /// <summary>Won ÷ (won + lost) of the cohort.</summary>
    public decimal? WinRate => KpiCalculator.Rate(Won, Won + Lost);

    /// <summary>Adds up rows (the total row).</summary>
    public static FunnelConversionRow Total(IEnumerable<FunnelConversionRow> rows) => rows.Aggregate(
        new FunnelConversionRow(null, 0, 0, 0, 0, 0, 0m),
        (t, r) => new FunnelConversionRow(null, t.Created + r.Created, t.ReachedIntention + r.ReachedIntention, t.ReachedQuote + r.ReachedQuote,
            t.Won + r.Won, t.Lost + r.Lost, t.WonAmount + r.WonAmount));
}

/// <summary>The <c>FunnelConversionRow</c> type.</summary>
public sealed class FunnelConversionRowGraphType : ObjectGraphType<FunnelConversionRow>
{
    public FunnelConversionRowGraphType()
    {
        Name = "FunnelConversionRow";
        Description = "One source's funnel (商机转化) over the opportunities created in the period: how many reached each stage (an opportunity counts at "
            + "every stage up to its furthestStage; a lost one up to where it got) and the stage-to-stage conversion rates (fractions, 4 places, null "
            + "when the denominator is zero). The row without source is the total.";
        Field(r => r.Source, nullable: true).Description("Where the opportunities came from; null on the total row.");
        Field(r => r.Created).Description("Opportunities created in the period (all reached 线索 LEAD).");
        Field(r => r.ReachedIntention).Description("Of those, the ones that reached 意向 INTENTION or further.");
        Field(r => r.ReachedQuote).Description("Of those, the ones that reached 报价 QUOTE or further.");
        Field(r => r.Won).Description("Of those, won (签约) so far.");
        Field(r => r.Lost).Description("Of those, lost (输单) so far.");
        Field(r => r.Open).Description("Of those, still open.");
        Field(r => r.WonAmount).Description("Σ expected amount of the won ones (CNY).");
        Field(r => r.LeadToIntentionRate, nullable: true).Description("线索→意向: reachedIntention ÷ created.");
        Field(r => r.IntentionToQuoteRate, nullable: true).Description("意向→报价: reachedQuote ÷ reachedIntention.");
        Field(r => r.QuoteToWonRate, nullable: true).Description("报价→签约: won ÷ reachedQuote.");
        Field(r => r.ConversionRate, nullable: true).Description("线索→签约: won ÷ created.");
        Field(r => r.WinRate, nullable: true).Description("won ÷ (won + lost) of these opportunities.");
    }
}
