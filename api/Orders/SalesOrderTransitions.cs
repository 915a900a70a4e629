using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.SalesOrderStatus;

namespace SalesGraph.Orders;

/// <summary>
/// The sales-order workflow as one table: SUBMITTED → CONFIRMED → PARTLY_SHIPPED → SHIPPED → CLOSED, with CANCELLED
/// before anything shipped. A pair missing here is refused with INVALID_TRANSITION.
/// </summary>
public static class SalesOrderTransitions
{
    private static readonly Dictionary<(SalesOrderStatus From, SalesOrderStep Step), SalesOrderStatus> Table = new()
    {
        [(Submitted, SalesOrderStep.Confirm)] = Confirmed,
        [(Confirmed, SalesOrderStep.ShipInPart)] = PartlyShipped,
        [(PartlyShipped, SalesOrderStep.ShipInPart)] = PartlyShipped,
        [(Confirmed, SalesOrderStep.ShipInFull)] = Shipped,
        [(PartlyShipped, SalesOrderStep.ShipInFull)] = Shipped,
        [(Shipped, SalesOrderStep.Close)] = Closed,
        [(PartlyShipped, SalesOrderStep.Close)] = Closed,
        [(Submitted, SalesOrderStep.Cancel)] = Cancelled,
        [(Confirmed, SalesOrderStep.Cancel)] = Cancelled,
    };

    /// <summary>The status an order in <paramref name="from"/> has after <paramref name="step"/>; null when the step is not allowed.</summary>
    public static SalesOrderStatus? Next(SalesOrderStatus from, SalesOrderStep step) => Table.TryGetValue((from, step), out var to) ? to : null;

    /// <summary>Whether the order still draws on its contract and the customer's credit (neither cancelled nor closed).</summary>
    public static bool IsOpen(SalesOrderStatus status) => status is Submitted or Confirmed or PartlyShipped or Shipped;

    /// <summary>The step as the refusal names it: "A CLOSED order cannot <c>confirm</c>."</summary>
    public static string Verb(SalesOrderStep step) => step switch
    {
        SalesOrderStep.ShipInPart or SalesOrderStep.ShipInFull => "ship",
        _ => step.ToString().ToLowerInvariant(),
    };
}
