using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.Orders;
using SalesGraph.Resolving;

namespace SalesGraph.Shipments;

/// <summary>
/// The <c>shipments</c> and <c>shipment(id:)</c> root fields, the ERP's <c>shipmentByExternalId</c>, and the order desk's
/// queues (decision 018), each a connection in the caller's row scope, dated by the business clock.
/// </summary>
public sealed class ShipmentQueries() : EntityQueries<Shipment, ShipmentGraphType>(
    "Shipment", "shipments", "shipment", "Delivery notices and shipments of the customers in the caller's scope.")
{
    private static readonly IReadOnlyList<SortKey<Shipment>> ByPlannedDay = [SortKey<Shipment>.Ascending(s => s.PlannedOn), SortKey<Shipment>.Ascending(s => s.Id)];

    private static readonly IReadOnlyList<SortKey<Shipment>> ByDueDay = [SortKey<Shipment>.Ascending(s => s.ShipDueOn), SortKey<Shipment>.Ascending(s => s.Id)];

    private static readonly IReadOnlyList<SortKey<Shipment>> ByShippedDay = [SortKey<Shipment>.Ascending(s => s.ShippedOn), SortKey<Shipment>.Ascending(s => s.Id)];

    private static readonly IReadOnlyList<SortKey<SalesOrder>> ByConfirmation = [SortKey<SalesOrder>.Ascending(o => o.ConfirmedAt), SortKey<SalesOrder>.Ascending(o => o.Id)];

    public override void AddTo(ObjectGraphType query)
    {
        base.AddTo(query);
        query.Field<ShipmentGraphType>("shipmentByExternalId")
            .Description("The notice an external system (ERP) created with this externalId, if it is in the caller's scope; else null.")
            .Argument<NonNullGraphType<StringGraphType>>("externalId", "The notice's id in the external system.")
            .ResolveAsync(async c =>
            {
                var externalId = c.GetArgument<string>("externalId");
                await using var db = c.OpenDb();
                return await db.Scoped<Shipment>(c.Caller()).AsNoTracking().FirstOrDefaultAsync(s => s.ExternalId == externalId, c.CancellationToken);
            });
        query.Connection<object?, ShipmentGraphType>("dueToShipToday")
            .Description("当日应发货: released notices (PLANNED) planned for today or earlier and not yet shipped, the earliest first.")
            .ResolveAsync(async c =>
            {
                var today = Today(c);
                return await c.ReadConnectionAsync(ByPlannedDay, q => q.Where(s => s.Status == ShipmentStatus.Planned && s.PlannedOn <= today));
            });
        query.Connection<object?, ShipmentGraphType>("lateShipments")
            .Description("Released notices (PLANNED) past their ship-due day (releasedOn + OrderDesk:ShipWithinDays, 款到后3天内发货) and not yet shipped, the longest overdue first.")
            .ResolveAsync(async c =>
            {
                var today = Today(c);
                return await c.ReadConnectionAsync(ByDueDay, q => q.Where(s => s.Status == ShipmentStatus.Planned && s.ShipDueOn < today));
            });
        query.Connection<object?, ShipmentGraphType>("shippedUnpaid")
            .Description(
                "未打款待催款: goods that left unpaid (SHIPPED or DELIVERED with an unpaid amount) and are not yet covered: for a contract's goods, its " +
                "confirmed payments are below the value of its goods that left; goods of an order without contract stay here (no receipt is matched to orders yet). Oldest first.")
            .ResolveAsync(async c => await c.ReadConnectionAsync(ByShippedDay, q => q.Where(ShipmentQuantities.Left).Where(s =>
                s.UnpaidAmount > 0
                && (s.ContractId == null
                    || s.Contract!.Payments.Where(p => p.ConfirmedAt != null).Sum(p => p.Amount)
                        < s.Contract.Shipments.AsQueryable().Where(ShipmentQuantities.Left).Sum(x => x.Amount)))));
        query.Connection<object?, SalesOrderGraphType>("paidAwaitingShipment")
            .Description(
                "已打款待发货: CONFIRMED or PARTLY_SHIPPED contract orders whose contract's confirmed payments exceed the value of its notices not cancelled " +
                "or rejected, so paid goods wait for a delivery notice; the longest confirmed first.")
            .ResolveAsync(async c => await c.ReadConnectionAsync(ByConfirmation, q => q.Where(o =>
                (o.Status == SalesOrderStatus.Confirmed || o.Status == SalesOrderStatus.PartlyShipped) && o.ContractId != null
                && o.Contract!.Payments.Where(p => p.ConfirmedAt != null).Sum(p => p.Amount)
                    > o.Contract.Shipments.AsQueryable().Where(ShipmentQuantities.Holds).Sum(x => x.Amount))));
    }

    private static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<BusinessCalendar>().Today;
}
