using SalesGraph.Data.Entities;
using SalesGraph.Data.Seeding;

namespace SalesGraph.UnitTests.Data.Seeding;

/// <summary>The demo returns: a few per hundred delivered shipments, never more than delivered, credited as received.</summary>
public sealed class DemoReturnsTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private static readonly DateTime HistoryEnd = DemoDataFixture.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);

    private InMemoryBulkWriter Data => fixture.Data;

    [Fact]
    public void AboutTwoToThreeInAHundredDeliveredShipmentsHaveAReturnInEveryState()
    {
        var delivered = Data.Rows<Shipment>().Count(s => s.Status == ShipmentStatus.Delivered);
        var returns = Data.Rows<ReturnRequest>();

        Assert.InRange(returns.Count / (double)delivered, 0.015, 0.035);
        Assert.Equal([ReturnStatus.Requested, ReturnStatus.Approved, ReturnStatus.Rejected, ReturnStatus.Received],
            returns.Select(r => r.Status).Distinct().Order());
        Assert.True(returns.Count(r => r.Status == ReturnStatus.Received) > returns.Count / 2);
        Assert.All(returns, r => Assert.True(r.RequestedAt < HistoryEnd && (r.ReceivedAt ?? r.DecidedAt ?? r.RequestedAt) < HistoryEnd));
        Assert.All(returns, r => Assert.Matches(@"^TH-\d{4}-\d{6}$", r.Number));
    }

    [Fact]
    public void ReturnsComeFromDeliveredShipmentsOfTheirCustomerAndNeverExceedWhatWasDelivered()
    {
        var shipments = Data.Rows<Shipment>().ToDictionary(s => s.Id);
        var shipmentLines = Data.Rows<ShipmentLine>().ToDictionary(l => l.Id);
        var requests = Data.Rows<ReturnRequest>().ToDictionary(r => r.Id);

        foreach (var line in Data.Rows<ReturnLine>())
        {
            var request = requests[line.ReturnRequestId];
            var shipped = shipmentLines[line.ShipmentLineId];
            Assert.Equal(request.ShipmentId, shipped.ShipmentId);
            Assert.Equal(shipped.ProductId, line.ProductId);
            Assert.InRange(line.Quantity, 1, shipped.Quantity);
            Assert.True(line.ReceivedQuantity is null || line.ReceivedQuantity <= line.Quantity);
            var shipment = shipments[request.ShipmentId];
            Assert.Equal(ShipmentStatus.Delivered, shipment.Status);
            Assert.Equal(shipment.CustomerId, request.CustomerId);
            Assert.Equal(shipped.UnitPrice, line.UnitPrice);
            Assert.True(DateOnly.FromDateTime(request.RequestedAt) >= shipment.DeliveredOn);
        }
    }

    [Fact]
    public void EveryReceivedReturnHasOneCreditNoteForWhatArrived()
    {
        var lines = Data.Rows<ReturnLine>().ToLookup(l => l.ReturnRequestId);
        var notes = Data.Rows<CreditNote>().ToDictionary(n => n.ReturnRequestId!.Value);

        foreach (var request in Data.Rows<ReturnRequest>())
        {
            if (request.Status != ReturnStatus.Received)
            {
                Assert.False(notes.ContainsKey(request.Id));
                continue;
            }

            var note = notes[request.Id];
            Assert.Equal(lines[request.Id].Sum(l => l.ReceivedQuantity!.Value * l.UnitPrice), note.Amount);
            Assert.Equal((request.CustomerId, request.ReceivedOn), (note.CustomerId, (DateOnly?)note.IssuedOn));
            Assert.Matches(@"^HZ-\d{4}-\d{6}$", note.Number);
            Assert.Equal(lines[request.Id].Any(l => l.ReceivedQuantity != l.Quantity), request.CarrierNote is not null);
        }
    }
}
