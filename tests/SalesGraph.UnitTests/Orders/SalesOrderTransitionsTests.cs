using SalesGraph.Data.Entities;
using SalesGraph.Orders;
using static SalesGraph.Data.Entities.SalesOrderStatus;

namespace SalesGraph.UnitTests.Orders;

public sealed class SalesOrderTransitionsTests
{
    public static TheoryData<SalesOrderStatus, SalesOrderStep, SalesOrderStatus?> Steps() => new()
    {
        { Submitted, SalesOrderStep.Confirm, Confirmed },
        { Confirmed, SalesOrderStep.Confirm, null },
        { Confirmed, SalesOrderStep.ShipInPart, PartlyShipped },
        { PartlyShipped, SalesOrderStep.ShipInPart, PartlyShipped },
        { PartlyShipped, SalesOrderStep.ShipInFull, Shipped },
        { Confirmed, SalesOrderStep.ShipInFull, Shipped },
        { Submitted, SalesOrderStep.ShipInPart, null },
        { Shipped, SalesOrderStep.Close, Closed },
        { PartlyShipped, SalesOrderStep.Close, Closed },
        { Confirmed, SalesOrderStep.Close, null },
        { Submitted, SalesOrderStep.Cancel, Cancelled },
        { Confirmed, SalesOrderStep.Cancel, Cancelled },
        { PartlyShipped, SalesOrderStep.Cancel, null },
        { Cancelled, SalesOrderStep.Confirm, null },
        { Closed, SalesOrderStep.Cancel, null },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void AnOrderMovesOnlyAlongTheDeskWorkflow(SalesOrderStatus from, SalesOrderStep step, SalesOrderStatus? to) =>
        Assert.Equal(to, SalesOrderTransitions.Next(from, step));

    private static readonly DateTime Submitted0900 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private static SalesOrder Order(SalesOrderStatus status, DateTime? confirmedAt) => new()
    {
        Number = "DD-2026-000001", Status = status, SubmittedAt = Submitted0900, ConfirmDueAt = Submitted0900.AddHours(4), ConfirmedAt = confirmedAt,
    };

    [Fact]
    public void AnOrderConfirmedWithinTheHoursIsOnTimeEvenLongAfter() =>
        Assert.False(SalesOrderGraphType.IsConfirmationLate(Order(Confirmed, Submitted0900.AddHours(3.9)), Submitted0900.AddDays(30)));

    [Fact]
    public void AnOrderConfirmedAfterTheHoursIsLate() =>
        Assert.True(SalesOrderGraphType.IsConfirmationLate(Order(Confirmed, Submitted0900.AddHours(4.1)), Submitted0900.AddHours(5)));

    [Fact]
    public void AnUnconfirmedOrderIsLateOnlyOnceTheHoursHavePassed()
    {
        Assert.False(SalesOrderGraphType.IsConfirmationLate(Order(Submitted, null), Submitted0900.AddHours(3)));
        Assert.True(SalesOrderGraphType.IsConfirmationLate(Order(Submitted, null), Submitted0900.AddHours(4.5)));
    }

    [Fact]
    public void ACancelledOrderNeverConfirmedIsNotLate() =>
        Assert.False(SalesOrderGraphType.IsConfirmationLate(Order(Cancelled, null), Submitted0900.AddDays(2)));
}
