using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.Kpis;
using SalesGraph.Resolving;

namespace SalesGraph.Funnel;

/// <summary>
/// The funnel's two summaries (decision 023): <c>funnelConversion</c>, per source how many of a period's opportunities
/// reached each stage, and <c>pipelineReview</c>, the manager's open opportunities by rep, stage and expected close month.
/// Both over the opportunities in the caller's row scope (a rep's own customers, a manager's region, the director's all),
/// grouped in SQL, and bounded: a row per source (5 and a total), or per rep × 3 stages × the months asked for.
/// </summary>
public sealed class FunnelReviewQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelConversionRowGraphType>>>>("funnelConversion")
            .Description("Funnel conversion (商机转化) by source over the opportunities created in the period: how many reached each stage and the "
                + "stage-to-stage rates; one row per source that has opportunities, then the total row (source null).")
            .Argument<KpiPeriodInputGraphType>("period", "The period the opportunities were created in; the current year when omitted.")
            .Argument<KpiFilterInputGraphType>("where", "Narrows within the caller's scope (regionId, staffId, customerGrade; productLine does not apply).")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<KpiPeriodInput?>("period");
                var period = KpiPeriod.Of(input?.Year, input?.Quarter, input?.Month, c.BusinessToday());
                var (from, to) = (period.From, period.To);
                await using var db = c.OpenDb();
                var groups = await FunnelFacts.Scoped(db, c.Caller(), KpiQueries.Filter(c) with { ProductLine = null })
                    .Where(o => o.CreatedOn >= from && o.CreatedOn <= to)
                    .GroupBy(o => new { o.Source, o.FurthestStage, o.Stage })
                    .Select(g => new { g.Key.Source, g.Key.FurthestStage, g.Key.Stage, Count = g.Count(), Amount = g.Sum(o => o.ExpectedAmount) })
                    .ToListAsync(c.CancellationToken);
                var rows = groups.GroupBy(g => g.Source).OrderBy(g => g.Key).Select(g => new FunnelConversionRow(
                    g.Key,
                    g.Sum(x => x.Count),
                    g.Where(x => x.FurthestStage >= OpportunityStage.Intention && x.FurthestStage <= OpportunityStage.Won).Sum(x => x.Count),
                    g.Where(x => x.FurthestStage >= OpportunityStage.Quote && x.FurthestStage <= OpportunityStage.Won).Sum(x => x.Count),
                    g.Where(x => x.Stage == OpportunityStage.Won).Sum(x => x.Count),
                    g.Where(x => x.Stage == OpportunityStage.Lost).Sum(x => x.Count),
                    g.Where(x => x.Stage == OpportunityStage.Won).Sum(x => x.Amount))).ToList();
                return (IReadOnlyList<FunnelConversionRow>)[.. rows, FunnelConversionRow.Total(rows)];
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineReviewRowGraphType>>>>("pipelineReview")
            .Description("The pipeline review (商机评审): open opportunities (LEAD, INTENTION, QUOTE) by owner rep, stage and expected close month, "
                + "from the current month for `months` months; those expected before the current month are counted in it as slipped. "
                + "Ordered by rep, month and stage.")
            .Argument<IntGraphType>("months", "How many months from the current one (1–12; default 6).")
            .Argument<KpiFilterInputGraphType>("where", "Narrows within the caller's scope (regionId, staffId, customerGrade; productLine does not apply).")
            .ResolveAsync(async c =>
            {
                var months = c.GetArgument<int?>("months") ?? 6;
                if (months is < 1 or > 12)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "months is between 1 and 12.");
                }

                var today = c.BusinessToday();
                var thisMonth = new DateOnly(today.Year, today.Month, 1);
                var until = thisMonth.AddMonths(months);
                await using var db = c.OpenDb();
                var groups = await FunnelFacts.Scoped(db, c.Caller(), KpiQueries.Filter(c) with { ProductLine = null })
                    .Where(o => (o.Stage == OpportunityStage.Lead || o.Stage == OpportunityStage.Intention || o.Stage == OpportunityStage.Quote)
                        && o.ExpectedCloseOn < until)
                    .GroupBy(o => new { o.OwnerId, o.Stage, o.ExpectedCloseOn.Year, o.ExpectedCloseOn.Month })
                    .Select(g => new { g.Key.OwnerId, g.Key.Stage, g.Key.Year, g.Key.Month, Count = g.Count(), Amount = g.Sum(o => o.ExpectedAmount) })
                    .ToListAsync(c.CancellationToken);
                return (IReadOnlyList<PipelineReviewRow>)[.. groups
                    .Select(g => (g.OwnerId, g.Stage, Month: new DateOnly(g.Year, g.Month, 1), g.Count, g.Amount))
                    .GroupBy(g => (g.OwnerId, g.Stage, Month: g.Month < thisMonth ? thisMonth : g.Month))
                    .Select(g => new PipelineReviewRow(g.Key.OwnerId, g.Key.Stage, g.Key.Month, g.Sum(x => x.Count), g.Sum(x => x.Amount),
                        g.Where(x => x.Month < thisMonth).Sum(x => x.Count)))
                    .OrderBy(r => r.StaffId).ThenBy(r => r.Month).ThenBy(r => r.Stage)];
            });
    }
}
