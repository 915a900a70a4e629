using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>The demo returns (退货) and their credit notes.</summary>
public sealed partial class DemoDataGenerator
{
    private static readonly string[] ReturnReasons =
    [
        "包装破损 / damaged packaging", "质量问题 / quality defect", "错发型号 / wrong model shipped", "客户多订 / ordered too many", "运输损坏 / damaged in transit",
    ];

    private sealed partial class Run
    {
        /// <summary>Share of delivered shipments some goods come back from.</summary>
        private const double ReturnShare = 0.025;

        private int returnId;
        private int returnLineId;
        private int creditNoteId;

        // Returns draw from a stream of their own, so adding them left every other figure of a seed as it was.
        private DemoRandom? returnRandom;

        private DemoRandom ReturnRandom => returnRandom ??= new DemoRandom(options.Seed + 15);

        /// <summary>
        /// About one delivered shipment in forty has part of one line returned some days after delivery: assessed by the
        /// region's manager the same or the next days (one in seven rejected), then received back by the desk within a
        /// fortnight, sometimes short by the carrier's count, with its credit note; recent ones are still open.
        /// </summary>
        /// <param name="shipment">The shipment just written.</param>
        /// <param name="customerState">Its customer.</param>
        /// <param name="lines">The contract lines it shipped, in the order its lines were written.</param>
        /// <param name="firstLineId">The id of its first shipment line (the others follow).</param>
        private void MaybeReturn(Shipment shipment, CustomerState customerState, List<ContractLine> lines, int firstLineId)
        {
            if (shipment.DeliveredOn is not { } delivered || lines.Count == 0 || !ReturnRandom.Chance(ReturnShare))
            {
                return;
            }

            var index = ReturnRandom.Next(lines.Count);
            var line = lines[index];
            var quantity = Math.Max(1, (int)Math.Round(line.Quantity * ReturnRandom.Between(0.05, 0.5)));
            var requestedOn = delivered.AddDays(ReturnRandom.Between(2, 25));
            var requestedAt = Local(requestedOn, ReturnRandom.Between(9.0, 17.0));
            var decidedAt = requestedAt.AddHours(ReturnRandom.Between(1.0, 48.0));
            var rejected = ReturnRandom.Chance(1.0 / 7);
            var receivedOn = zone.DateOf(decidedAt).AddDays(ReturnRandom.Between(3, 14));
            var arrivedShort = quantity > 1 && ReturnRandom.Chance(0.1);
            var reason = ReturnRandom.Pick(ReturnReasons);
            if (requestedOn > last)
            {
                return;
            }

            var region = customerState.Area.RegionIndex;
            var clerk = supports[region].Count > 0 ? supports[region][0] : null;
            var request = new ReturnRequest
            {
                Id = ++returnId,
                Number = NextNumber("TH", requestedOn),
                ShipmentId = shipment.Id,
                CustomerId = customerState.Entity.Id,
                Status = ReturnStatus.Requested,
                Reason = reason,
                Amount = quantity * line.AgreedUnitPrice,
                RequestedAt = requestedAt,
                RequestedById = clerk?.Id,
                Version = 1,
                CreatedAt = requestedAt,
                UpdatedAt = requestedAt,
            };
            var returned = new ReturnLine
            {
                Id = ++returnLineId, ReturnRequestId = request.Id, LineNo = 1, ShipmentLineId = firstLineId + index, ProductId = line.ProductId,
                Quantity = quantity, UnitPrice = line.AgreedUnitPrice,
            };
            if (decidedAt <= historyEnd)
            {
                request.Status = rejected ? ReturnStatus.Rejected : ReturnStatus.Approved;
                request.DecidedAt = decidedAt;
                request.DecidedById = managers[region].Id;
                request.RejectionReason = rejected ? "超过退货期限 / past the return period" : null;
                request.Version = 2;
                request.UpdatedAt = decidedAt;
                if (!rejected && receivedOn <= last)
                {
                    var receivedAt = Local(receivedOn, ReturnRandom.Between(9.0, 17.0));
                    returned.ReceivedQuantity = arrivedShort ? quantity - 1 : quantity;
                    request.Status = ReturnStatus.Received;
                    request.ReceivedOn = receivedOn;
                    request.ReceivedAt = receivedAt;
                    request.ReceivedById = clerk?.Id;
                    request.CarrierNote = arrivedShort ? "承运商少到1件，客户已确认 / carrier one short, accepted by the customer" : null;
                    request.Version = 3;
                    request.UpdatedAt = receivedAt;
                    var credit = returned.ReceivedQuantity.Value * returned.UnitPrice;
                    var net = Data.Entities.Invoice.NetOf(credit, Data.Entities.Invoice.VatRates[0]);
                    writer.Add(new CreditNote
                    {
                        Id = ++creditNoteId, Number = NextNumber("HZ", receivedOn), CustomerId = request.CustomerId, ReturnRequestId = request.Id,
                        Amount = credit, TaxRate = Data.Entities.Invoice.VatRates[0], NetAmount = net, TaxAmount = credit - net, IssuedOn = receivedOn, CreatedAt = receivedAt,
                    });
                }
            }

            writer.Add(request);
            writer.Add(returned);
        }
    }
}
