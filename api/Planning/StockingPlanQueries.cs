using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;

namespace SalesGraph.Planning;

/// <summary>The <c>stockingPlan</c> root field (its CSV twin is <see cref="StockingPlanCsvEndpoint"/>).</summary>
public sealed class StockingPlanQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StockingPlanWeekGraphType>>>>("stockingPlan")
            .Description(
                "The production stocking plan (生产备货计划): open quantities (ordered − shipped) of CONFIRMED and PARTLY_SHIPPED sales orders " +
                "by product and ISO week of the requested delivery date, earliest week first, with customer names and dates and no contact data. " +
                $"Of the caller's customers. Also as CSV: GET {StockingPlanCsvEndpoint.Route}?from=&to=&productId=.")
            .Argument<DateOnlyGraphType>("from", "Only lines requested on or after this date (open-ended when absent, so overdue lines show).")
            .Argument<DateOnlyGraphType>("to", "Only lines requested on or before this date.")
            .Argument<IdGraphType>("productId", "Only this product.")
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateOnly?>("from");
                var to = c.GetArgument<DateOnly?>("to");
                if (from > to)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "from must not be after to.");
                }

                int? productId = c.GetArgument<string?>("productId") is { } id ? GlobalId.Expect(id, "Product", "productId") : null;
                await using var db = c.OpenDb();
                var lines = await OpenOrderLines.ReadAsync(db, c.Caller(), from, to, productId, c.CancellationToken);
                return StockingPlan.Arrange(lines);
            });
    }
}
