using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Kpis;

/// <summary>The <c>kpis</c> root field.</summary>
public sealed class KpiQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiRowGraphType>>>>("kpis")
            .Description("Sales KPIs (DOMAIN.md) as flat rows for BI, over the rows the caller may see: a manager's KPIs are its region's, "
                + "a rep's its own. Without `groupBy` one total row; each row's amounts sum to the total of the same query without that "
                + "grouping (overdueReceivables, a balance, only over non-time keys).")
            .Argument<KpiPeriodInputGraphType>("period", "The period; the current year (UTC) when omitted.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<KpiDimension>>>>("groupBy", "The keys of the rows; none gives one total row.")
            .Argument<KpiFilterInputGraphType>("where", "Narrows the KPIs within the caller's scope.")
            .ResolveAsync(async c =>
            {
                var today = Today(c);
                var input = c.GetArgument<KpiPeriodInput?>("period");
                var period = KpiPeriod.Of(input?.Year, input?.Quarter, input?.Month, today);
                var groupBy = (c.GetArgument<List<KpiDimension>?>("groupBy") ?? []).ToHashSet();
                var where = c.GetArgument<KpiFilterInput?>("where");
                var filter = where is null
                    ? KpiFilter.None
                    : new KpiFilter(
                        where.RegionId is { } r ? GlobalId.Expect(r, "Region", "where.regionId") : null,
                        where.StaffId is { } s ? GlobalId.Expect(s, "Staff", "where.staffId") : null,
                        where.CustomerGrade,
                        where.ProductLine);
                var reader = c.RequestServices!.GetRequiredService<KpiReader>();
                return await reader.ReadAsync(c.Caller(), period, groupBy, filter, today, c.CancellationToken);
            });
    }

    /// <summary>Today (UTC) from the app's clock.</summary>
    public static DateOnly Today(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System;
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
