using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Shipments;

/// <summary>Delivery notices and shipment tracking: notice → shipped → delivered.</summary>
public sealed class ShipmentMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors come in `errors` with the input path; authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED, extensions.field).";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateDeliveryNoticeInputGraphType, CreateDeliveryNoticeInput>(
            "createDeliveryNotice", WriteRules.Shipping, "Support issues a delivery notice for an ACTIVE contract." + Errors,
            "shipment", typeof(ShipmentGraphType), CreateAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<MarkShippedInputGraphType, ShipmentStepInput>(
            "markShipped", WriteRules.Shipping, "Marks a PLANNED shipment as SHIPPED." + Errors, "shipment", typeof(ShipmentGraphType),
            (w, input) => StepAsync(w, input, ShipmentStatus.Planned, ShipmentStatus.Shipped)),
        MutationDeclaration.Of<MarkDeliveredInputGraphType, ShipmentStepInput>(
            "markDelivered", WriteRules.Shipping, "Marks a SHIPPED shipment as DELIVERED." + Errors, "shipment", typeof(ShipmentGraphType),
            (w, input) => StepAsync(w, input, ShipmentStatus.Shipped, ShipmentStatus.Delivered)),
    ];

    private static async Task<MutationPayload> CreateAsync(WriteUnit w, CreateDeliveryNoticeInput input)
    {
        var check = new InputCheck();
        var contractId = check.Id(input.ContractId, "Contract", "input", "contractId");
        check.Text(input.Carrier, 200, required: false, "input", "carrier");
        check.That(input.PlannedOn is not { } p || p >= w.Today, "The planned date is in the past.", "input", "plannedOn");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Contract>(
            contractId!.Value, q => q.AsNoTracking().Include(c => c.Lines).Include(c => c.Customer), "input", "contractId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var contract = found.Entity;

        if (contract.Status != ContractStatus.Active)
        {
            return MutationPayload.Refused([UserError.InvalidTransition($"Goods ship on ACTIVE contracts; this one is {contract.Status}.", "input", "contractId")]);
        }

        var carrier = input.Carrier?.Trim() is { Length: > 0 } given ? given : contract.Customer!.DesignatedCarrier;
        if (carrier is null)
        {
            return MutationPayload.Refused([UserError.Validation("The customer has no designated carrier: name one.", "input", "carrier")]);
        }

        var plannedOn = input.PlannedOn ?? w.Today.AddDays(1);
        var shipment = new Shipment
        {
            NoticeNumber = await DocumentNumbers.NextAsync(w.Db.Shipments.AsNoTracking(), s => s.NoticeNumber, "FH", plannedOn.Year, w.CancellationToken),
            ContractId = contract.Id,
            Carrier = carrier,
            PlannedOn = plannedOn,
            Status = ShipmentStatus.Planned,
            Lines = [.. contract.Lines.Select(l => new ShipmentLine { ProductId = l.ProductId, Quantity = l.Quantity })],
        };
        w.Db.Shipments.Add(shipment);
        return MutationPayload.Ok(shipment);
    }

    private static async Task<MutationPayload> StepAsync(WriteUnit w, ShipmentStepInput input, ShipmentStatus from, ShipmentStatus to)
    {
        var check = new InputCheck();
        var id = check.Id(input.ShipmentId, "Shipment", "input", "shipmentId");
        check.That(input.On is not { } d || d <= w.Today, "The date is in the future.", "input", "on");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Shipment>(id!.Value, "input", "shipmentId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var shipment = found.Entity;

        if (shipment.Status != from)
        {
            return MutationPayload.Refused([UserError.InvalidTransition($"A {shipment.Status} shipment cannot become {to}.", "input", "shipmentId")], shipment);
        }

        var on = input.On ?? w.Today;
        if (to == ShipmentStatus.Shipped)
        {
            shipment.ShippedOn = on;
        }
        else
        {
            if (on < shipment.ShippedOn)
            {
                return MutationPayload.Refused([UserError.Validation("Delivered before it was shipped.", "input", "on")], shipment);
            }

            shipment.DeliveredOn = on;
        }

        shipment.Status = to;
        return MutationPayload.Ok(shipment);
    }
}
