using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Shipments;

namespace SalesGraph.Planning;

/// <summary>
/// One order line with quantity still to ship, carrying the customer's name and code but no contact field (the
/// sources: plans sent to production carry customer names and dates, never addresses or phone numbers).
/// </summary>
public sealed record OpenOrderLine
{
    public required int SalesOrderLineId { get; init; }
    public required string OrderNumber { get; init; }
    public required SalesOrderStatus OrderStatus { get; init; }
    public required DateTime? ConfirmedAt { get; init; }
    public required string CustomerCode { get; init; }
    public required string CustomerName { get; init; }
    public required int ProductId { get; init; }
    public required string ProductSku { get; init; }
    public required string ProductName { get; init; }
    public required string ProductLine { get; init; }
    public required DateOnly RequestedOn { get; init; }
    public required int OrderedQuantity { get; init; }
    public required int ShippedQuantity { get; init; }

    /// <summary>Ordered − shipped.</summary>
    public int OpenQuantity => OrderedQuantity - ShippedQuantity;
}

/// <summary>
/// Open order quantities as production plans them: lines of CONFIRMED and PARTLY_SHIPPED orders, less what has left on
/// their delivery notices (SHIPPED or DELIVERED, <see cref="ShipmentQuantities.ShippedAsync"/>); goods on notices not yet
/// shipped must still be in stock. Read in the caller's row scope (orders follow their customer).
/// </summary>
public static class OpenOrderLines
{
    /// <summary>Order statuses whose lines are still to ship: the customer confirmed, goods not (all) gone.</summary>
    public static IReadOnlyList<SalesOrderStatus> OpenStatuses { get; } = [SalesOrderStatus.Confirmed, SalesOrderStatus.PartlyShipped];

    /// <summary>
    /// The caller's open order lines requested for delivery between <paramref name="from"/> and <paramref name="to"/>
    /// (inclusive, either open-ended), optionally of one product; lines with nothing left open are left out.
    /// </summary>
    public static async Task<List<OpenOrderLine>> ReadAsync(
        SalesGraphDbContext db, Caller caller, DateOnly? from, DateOnly? to, int? productId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var statuses = OpenStatuses.ToList();
        var lines = db.Scoped<SalesOrderLine>(caller).Where(l => statuses.Contains(l.SalesOrder!.Status));
        if (from is { } first)
        {
            lines = lines.Where(l => l.RequestedOn >= first);
        }

        if (to is { } last)
        {
            lines = lines.Where(l => l.RequestedOn <= last);
        }

        if (productId is { } product)
        {
            lines = lines.Where(l => l.ProductId == product);
        }

        var rows = await lines
            .OrderBy(l => l.RequestedOn).ThenBy(l => l.Id)
            .Select(l => new OpenOrderLine
            {
                SalesOrderLineId = l.Id,
                OrderNumber = l.SalesOrder!.Number,
                OrderStatus = l.SalesOrder.Status,
                ConfirmedAt = l.SalesOrder.ConfirmedAt,
                CustomerCode = l.SalesOrder.Customer!.Code,
                CustomerName = l.SalesOrder.Customer.Name,
                ProductId = l.ProductId,
                ProductSku = l.Product!.Sku,
                ProductName = l.Product.Name,
                ProductLine = l.Product.ProductLine,
                RequestedOn = l.RequestedOn,
                OrderedQuantity = l.Quantity,
                ShippedQuantity = 0,
            })
            .ToListAsync(cancellationToken);
        var shipped = await ShipmentQuantities.ShippedAsync(db, [.. rows.Select(r => r.SalesOrderLineId)], cancellationToken);
        return [.. rows.Select(r => r with { ShippedQuantity = shipped.GetValueOrDefault(r.SalesOrderLineId) }).Where(r => r.OpenQuantity > 0)];
    }
}
