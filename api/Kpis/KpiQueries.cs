using SalesGraph.Calendar;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Kpis;

/// <summary>The <c>kpis</c> root field.</summary>
public sealed class KpiQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiRowGraphType>>>>("kpis")
            .Description("Sales KPIs (docs/domain.md) as flat rows for BI, over the rows the caller may see: a manager's KPIs are its region's, "
                + "a rep's its own. Without `groupBy` one total row; each row's amounts sum to the total of the same query without that "
                + "grouping (overdueReceivables, a balance, only over non-time keys).")
            .Argument<KpiPeriodInputGraphType>("period", "The period; the current year (UTC) when omitted.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<KpiDimension>>>>("groupBy", "The keys of the rows; none gives one total row.")
            .Argument<KpiFilterInputGraphType>("where", "Narrows the KPIs within the caller's scope.")
            .ResolveAsync(async c =>
            {
                var today = c.BusinessToday();
                var input = c.GetArgument<KpiPeriodInput?>("period");
                var period = KpiPeriod.Of(input?.Year, input?.Quarter, input?.Month, today);
                var groupBy = (c.GetArgument<List<KpiDimension>?>("groupBy") ?? []).ToHashSet();
                if (groupBy.Contains(KpiDimension.Customer))
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "kpis are not kept per customer: CUSTOMER groups receivablesAging only.");
                }

                var reader = c.RequestServices!.GetRequiredService<KpiReader>();
                return await reader.ReadAsync(c.Caller(), period, groupBy, Filter(c), today, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgingRowGraphType>>>>("receivablesAging")
            .Description("Open receivables as they stood at the end of `asOf` (today by default) by days past due counted to that day (0–30, 31–60, "
                + "61–90, 90+), over the invoices the caller may see: invoices issued on or before asOf and not settled by then, less the payments "
                + "(applied receipts included) and credit notes dated on or before it.")
            .Argument<DateOnlyGraphType>("asOf", "The business day the receivables stood at (its end); today when omitted. A day after today is VALIDATION: nothing is known of it yet.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<KpiDimension>>>>(
                "groupBy", "REGION, SUB_REGION, STAFF, CUSTOMER_GRADE and CUSTOMER; none gives one total row. Other keys are rejected.")
            .Argument<KpiFilterInputGraphType>("where", "Narrows the invoices within the caller's scope (productLine does not apply).")
            .ResolveAsync(async c =>
            {
                var groupBy = (c.GetArgument<List<KpiDimension>?>("groupBy") ?? []).ToHashSet();
                if (groupBy.Except([KpiDimension.Region, KpiDimension.SubRegion, KpiDimension.Staff, KpiDimension.CustomerGrade, KpiDimension.Customer]).Any())
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "receivablesAging groups by REGION, SUB_REGION, STAFF, CUSTOMER_GRADE and CUSTOMER only.");
                }

                var today = c.BusinessToday();
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? today;
                if (asOf > today)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, $"receivablesAging cannot be as of a day after today ({today:yyyy-MM-dd}).");
                }

                var reader = c.RequestServices!.GetRequiredService<KpiReader>();
                return await reader.ReadAgingAsync(c.Caller(), groupBy, Filter(c) with { ProductLine = null }, asOf, c.CancellationToken);
            });
    }

    internal static KpiFilter Filter(IResolveFieldContext c)
    {
        var where = c.GetArgument<KpiFilterInput?>("where");
        return where is null
            ? KpiFilter.None
            : new KpiFilter(
                where.RegionId is { } r ? GlobalId.Expect(r, "Region", "where.regionId") : null,
                where.StaffId is { } s ? GlobalId.Expect(s, "Staff", "where.staffId") : null,
                where.CustomerGrade,
                where.ProductLine);
    }
}
