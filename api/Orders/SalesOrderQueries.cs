using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.Resolving;

namespace SalesGraph.Orders;

/// <summary>
/// The <c>salesOrders</c> and <c>salesOrder(id:)</c> root fields, the ERP's <c>salesOrderByExternalId</c> and the desk's
/// <c>lateConfirmations</c> queue.
/// </summary>
public sealed class SalesOrderQueries() : EntityQueries<SalesOrder, SalesOrderGraphType>(
    "SalesOrder", "salesOrders", "salesOrder", "Sales orders (订货单) of the customers in the caller's scope.")
{
    private static readonly IReadOnlyList<SortKey<SalesOrder>> ByDueTime =
        [SortKey<SalesOrder>.Ascending(o => o.ConfirmDueAt), SortKey<SalesOrder>.Ascending(o => o.Id)];

    public override void AddTo(ObjectGraphType query)
    {
        base.AddTo(query);
        query.Connection<object?, SalesOrderGraphType>("lateConfirmations")
            .Description("The desk's queue of orders late for confirmation: still SUBMITTED past confirmDueAt (business clock), the longest overdue first.")
            .ResolveAsync(async c =>
            {
                var now = c.RequestServices!.GetRequiredService<BusinessCalendar>().UtcNow;
                return await c.ReadConnectionAsync(ByDueTime, q => q.Where(o => o.Status == SalesOrderStatus.Submitted && o.ConfirmDueAt < now));
            });
        query.Field<SalesOrderGraphType>("salesOrderByExternalId")
            .Description("The order an external system (ERP) created with this externalId, if it is in the caller's scope; else null.")
            .Argument<NonNullGraphType<StringGraphType>>("externalId", "The order's id in the external system.")
            .ResolveAsync(async c =>
            {
                var externalId = c.GetArgument<string>("externalId");
                await using var db = c.OpenDb();
                return await db.Scoped<SalesOrder>(c.Caller()).AsNoTracking().FirstOrDefaultAsync(o => o.ExternalId == externalId, c.CancellationToken);
            });
    }
}
