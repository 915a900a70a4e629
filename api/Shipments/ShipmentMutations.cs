using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Billing;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Orders;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Shipments;

/// <summary>
/// Delivery notices and shipment tracking (decision 018): a notice for part or all of an order's open quantities (or
/// a whole contract) → AWAITING_APPROVAL when its goods are unpaid or beyond the customer's credit
/// (<see cref="DeliveryNoticeApproval"/>) → PLANNED → SHIPPED → DELIVERED; CANCELLED before it ships, REJECTED by an
/// approver. The order's status follows its shipments.
/// </summary>
public sealed class ShipmentMutations(IOptionsMonitor<OrderDeskOptions> options) : IDeclaresMutations
{
    private const int MaxLines = 100;

    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED, extensions.field).";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateDeliveryNoticeInputGraphType, CreateDeliveryNoticeInput>(
            "createDeliveryNotice", WriteRules.Shipping,
            "Support issues a delivery notice (发货通知单) for part or all of an order's open quantities, or for an ACTIVE contract's lines. " +
            "Goods not covered by confirmed payments, or beyond the customer's credit, wait for approval (AWAITING_APPROVAL); else PLANNED." + Errors,
            "shipment", typeof(ShipmentGraphType), CreateAsync, i => i.IdempotencyKey),
        Step<ApproveDeliveryNoticeInputGraphType>("approveDeliveryNotice", WriteRules.DeliveryNoticeApprovals,
            "Gives the caller's approval to a notice AWAITING_APPROVAL: finance's, sales management's (a regional manager, or the director), and the director's " +
            "when the unpaid amount exceeds OrderDesk:DirectorUnpaidAmount. The last one needed releases it (→ PLANNED).", ApproveAsync),
        Step<RejectDeliveryNoticeInputGraphType>("rejectDeliveryNotice", WriteRules.DeliveryNoticeApprovals,
            "Rejects a notice AWAITING_APPROVAL, with a reason (→ REJECTED); its quantities go back to the order.", RejectAsync),
        Step<CancelShipmentInputGraphType>("cancelShipment", WriteRules.ShipmentCancellation,
            "Cancels a notice that has not shipped (AWAITING_APPROVAL or PLANNED), with a reason (→ CANCELLED); its quantities go back to the order.", CancelAsync),
        Step<MarkShippedInputGraphType>("markShipped", WriteRules.Shipping,
            "Marks a PLANNED shipment as SHIPPED (carrier, waybill); the order becomes PARTLY_SHIPPED or SHIPPED. A notice awaiting approval cannot ship.", ShipAsync),
        Step<MarkDeliveredInputGraphType>("markDelivered", WriteRules.Shipping, "Marks a SHIPPED shipment as DELIVERED.", DeliverAsync),
    ];

    private static MutationDeclaration<ShipmentStepInput> Step<TInputGraphType>(
        string name, ActionRule rule, string description, Func<WriteUnit, Shipment, ShipmentStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, ShipmentStepInput>(name, rule, description + Errors, "shipment", typeof(ShipmentGraphType),
            async (w, input) =>
            {
                var (shipment, refusal) = await w.FindForStepAsync<Shipment>(
                    input.ShipmentId, input.ExternalId, q => q.Include(s => s.Approvals).Include(s => s.Lines), s => s.Version, input.Version, "input", "shipmentId");
                return refusal ?? await step(w, shipment!, input);
            });

    // ── notices ──────────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<MutationPayload> CreateAsync(WriteUnit w, CreateDeliveryNoticeInput input)
    {
        var check = new InputCheck();
        check.That(input.ContractId is null != input.SalesOrderId is null, "Name either the order (salesOrderId) or the contract (contractId).", "input", "salesOrderId");
        var contractId = input.ContractId is null ? null : check.Id(input.ContractId, "Contract", "input", "contractId");
        var orderId = input.SalesOrderId is null ? null : check.Id(input.SalesOrderId, "SalesOrder", "input", "salesOrderId");
        check.That(input.Lines is null || input.SalesOrderId is not null, "Lines are chosen on an order's notice; a contract's notice ships all its lines.", "input", "lines");
        check.Text(input.Carrier, 200, required: false, "input", "carrier");
        check.Text(input.ExternalId, 100, required: false, "input", "externalId");
        check.That(input.PlannedOn is not { } p || p >= w.Today, "The planned date is in the past.", "input", "plannedOn");
        var wanted = new List<(int LineId, int Quantity, int Index)>();
        if (input.Lines is { } lines && check.That(lines.Count is > 0 and <= MaxLines, $"1 to {MaxLines} lines.", "input", "lines"))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var lineId = check.Id(lines[i].SalesOrderLineId, "SalesOrderLine", "input", "lines", i, "salesOrderLineId");
                check.That(lines[i].Quantity > 0, "The quantity must be at least 1.", "input", "lines", i, "quantity");
                if (lineId is { } id)
                {
                    check.That(wanted.All(x => x.LineId != id), "The order line is named twice.", "input", "lines", i, "salesOrderLineId");
                    wanted.Add((id, lines[i].Quantity, i));
                }
            }
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (input.ExternalId is { } externalId
            && await w.Db.Scoped<Shipment>(w.Caller).FirstOrDefaultAsync(s => s.ExternalId == externalId, w.CancellationToken) is { } existing)
        {
            // An ERP retrying the same notice gets the notice it created the first time.
            return MutationPayload.Ok(existing);
        }

        var draft = orderId is { } oid
            ? await FromOrderAsync(w, oid, input.Lines is null ? null : wanted)
            : await FromContractAsync(w, contractId!.Value);
        if (draft.Refusal is { } refused)
        {
            return refused;
        }

        var (shipment, customer) = (draft.Shipment!, draft.Customer!);
        var carrier = input.Carrier?.Trim() is { Length: > 0 } given ? given : customer.DesignatedCarrier;
        if (carrier is null)
        {
            return MutationPayload.Refused([UserError.Validation("The customer has no designated carrier: name one.", "input", "carrier")]);
        }

        shipment.Carrier = carrier;
        shipment.PlannedOn = input.PlannedOn ?? w.Today.AddDays(1);
        shipment.NoticeNumber = await DocumentNumbers.NextAsync(w, w.Db.Shipments.AsNoTracking(), s => s.NoticeNumber, "FH", shipment.PlannedOn.Year, w.CancellationToken);
        shipment.ExternalId = input.ExternalId;
        shipment.Amount = shipment.Lines.Sum(l => l.Quantity * l.UnitPrice);
        shipment.UnpaidAmount = await UnpaidAsync(w, shipment);
        shipment.IsOverCredit = shipment.UnpaidAmount > 0
            && await Receivables.OpenAsync(w.Db, customer.Id, w.CancellationToken) + shipment.UnpaidAmount > customer.CreditLimit;
        var needs = DeliveryNoticeApproval.Needs(shipment.UnpaidAmount, shipment.IsOverCredit, options.CurrentValue.DirectorUnpaidAmount);
        shipment.NeedsApproval = needs.Required;
        shipment.NeedsDirectorApproval = needs.Director;
        shipment.Status = needs.Required ? ShipmentStatus.AwaitingApproval : ShipmentStatus.Planned;
        if (!needs.Required)
        {
            Release(w, shipment);
        }

        shipment.Version = 1;
        shipment.CreatedAt = w.Now;
        shipment.UpdatedAt = w.Now;
        w.Db.Shipments.Add(shipment);
        return MutationPayload.Ok(shipment);
    }

    /// <summary>A notice draft for part or all of an order's open quantities; bumps the order's version, so two notices racing for one order cannot both commit.</summary>
    private static async Task<NoticeDraft> FromOrderAsync(WriteUnit w, int orderId, List<(int LineId, int Quantity, int Index)>? wanted)
    {
        var found = await w.FindInScopeAsync<SalesOrder>(orderId, q => q.Include(o => o.Lines).Include(o => o.Customer), "input", "salesOrderId");
        if (found.IsMissing)
        {
            return NoticeDraft.Refused(found.Missing);
        }

        var order = found.Entity;
        if (order.Status is not (SalesOrderStatus.Confirmed or SalesOrderStatus.PartlyShipped))
        {
            return NoticeDraft.Refused(UserError.InvalidTransition(
                order.Status == SalesOrderStatus.Submitted
                    ? "The customer has not confirmed the order yet: confirm it first."
                    : $"Goods ship on CONFIRMED or PARTLY_SHIPPED orders; this one is {order.Status}.",
                "input", "salesOrderId"));
        }

        var noticed = await ShipmentQuantities.NoticedAsync(w.Db, [.. order.Lines.Select(l => l.Id)], w.CancellationToken);
        var open = order.Lines.ToDictionary(l => l.Id, l => l.Quantity - noticed.GetValueOrDefault(l.Id));
        var shipment = new Shipment { NoticeNumber = "", Carrier = "", CustomerId = order.CustomerId, SalesOrderId = order.Id, ContractId = order.ContractId };
        var check = new InputCheck();
        if (wanted is null)
        {
            foreach (var line in order.Lines.Where(l => open[l.Id] > 0).OrderBy(l => l.LineNo))
            {
                shipment.Lines.Add(new ShipmentLine { SalesOrderLineId = line.Id, ProductId = line.ProductId, Quantity = open[line.Id], UnitPrice = line.UnitPrice });
            }

            check.That(shipment.Lines.Count > 0, "Every quantity of the order is on a notice already.", "input", "salesOrderId");
        }
        else
        {
            foreach (var (lineId, quantity, index) in wanted)
            {
                if (order.Lines.FirstOrDefault(l => l.Id == lineId) is not { } line)
                {
                    check.Add(UserError.NotFound("No line of this order with this id.", "input", "lines", index, "salesOrderLineId"));
                }
                else if (check.That(quantity <= open[lineId], $"More than the line has open: {open[lineId]} of {line.Quantity}.", "input", "lines", index, "quantity"))
                {
                    shipment.Lines.Add(new ShipmentLine { SalesOrderLineId = line.Id, ProductId = line.ProductId, Quantity = quantity, UnitPrice = line.UnitPrice });
                }
            }
        }

        if (!check.IsValid)
        {
            return NoticeDraft.Refused([.. check.Errors]);
        }

        order.Version++;
        order.UpdatedAt = w.Now;
        return new NoticeDraft(shipment, order.Customer, null);
    }

    /// <summary>A notice draft shipping all lines of an ACTIVE contract at their agreed prices.</summary>
    private static async Task<NoticeDraft> FromContractAsync(WriteUnit w, int contractId)
    {
        var found = await w.FindInScopeAsync<Contract>(contractId, q => q.AsNoTracking().Include(c => c.Lines).Include(c => c.Customer), "input", "contractId");
        if (found.IsMissing)
        {
            return NoticeDraft.Refused(found.Missing);
        }

        var contract = found.Entity;
        if (contract.Status != ContractStatus.Active)
        {
            return NoticeDraft.Refused(UserError.InvalidTransition($"Goods ship on ACTIVE contracts; this one is {contract.Status}.", "input", "contractId"));
        }

        var shipment = new Shipment
        {
            NoticeNumber = "", Carrier = "", CustomerId = contract.CustomerId, ContractId = contract.Id,
            Lines = [.. contract.Lines.OrderBy(l => l.LineNo).Select(l => new ShipmentLine { ProductId = l.ProductId, Quantity = l.Quantity, UnitPrice = l.AgreedUnitPrice })],
        };
        return new NoticeDraft(shipment, contract.Customer, null);
    }

    /// <summary>
    /// The part of the notice not covered by confirmed payments: a contract's confirmed payments cover its goods in the
    /// order their notices were issued; an order without contract has no payments matched to it (goods on credit, 赊销).
    /// </summary>
    private static async Task<decimal> UnpaidAsync(WriteUnit w, Shipment shipment)
    {
        if (shipment.ContractId is not { } contractId)
        {
            return shipment.Amount;
        }

        var paid = await w.Db.Payments.AsNoTracking().Where(p => p.ContractId == contractId && p.ConfirmedAt != null)
            .SumAsync(p => p.Amount, w.CancellationToken);
        var committed = await w.Db.Shipments.AsNoTracking().Where(s => s.ContractId == contractId).Where(ShipmentQuantities.Holds)
            .SumAsync(s => s.Amount, w.CancellationToken);
        return Math.Max(0, shipment.Amount - Math.Max(0, paid - committed));
    }

    /// <summary>The goods may ship: the due day runs from today (款到后3天内发货).</summary>
    private void Release(WriteUnit w, Shipment shipment)
    {
        shipment.ReleasedOn = w.Today;
        shipment.ShipDueOn = w.Today.AddDays(options.CurrentValue.ShipWithinDays);
    }

    // ── approvals ────────────────────────────────────────────────────────────────────────────────────────────────

    private Task<MutationPayload> ApproveAsync(WriteUnit w, Shipment shipment, ShipmentStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Comment, 1000, required: false, "input", "comment");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, shipment));
        }

        if (shipment.Status != ShipmentStatus.AwaitingApproval)
        {
            return Task.FromResult(Invalid(shipment, $"A {shipment.Status} notice is not awaiting approval."));
        }

        var needs = new DeliveryNoticeNeeds(shipment.NeedsApproval, shipment.NeedsDirectorApproval);
        var decision = DeliveryNoticeApproval.Approve(w.Caller.Role, needs, [.. shipment.Approvals.Select(a => a.SignOff)]);
        switch (decision.Refusal)
        {
            case DeliveryNoticeRefusal.NotNeeded or DeliveryNoticeRefusal.NotAnApprover:
                throw MutationErrors.NotAuthorized("Your role gives none of the approvals this notice needs.", "input", "shipmentId");
            case DeliveryNoticeRefusal.AlreadyApproved:
                return Task.FromResult(MutationPayload.Refused([UserError.Validation("Your approval of this notice is given already.", "input", "shipmentId")], shipment));
        }

        shipment.Approvals.Add(new ShipmentApproval { SignOff = decision.SignOff!.Value, ApprovedById = w.Caller.StaffId, At = w.Now, Comment = input.Comment?.Trim() });
        if (decision.Completes)
        {
            shipment.Status = ShipmentStatus.Planned;
            Release(w, shipment);
            if (shipment.PlannedOn < w.Today)
            {
                shipment.PlannedOn = w.Today;
            }
        }

        return Task.FromResult(Touch(w, shipment));
    }

    private static Task<MutationPayload> RejectAsync(WriteUnit w, Shipment shipment, ShipmentStepInput input)
    {
        if (shipment.Status == ShipmentStatus.AwaitingApproval
            && !DeliveryNoticeApproval.MayReject(w.Caller.Role, new DeliveryNoticeNeeds(shipment.NeedsApproval, shipment.NeedsDirectorApproval)))
        {
            throw MutationErrors.NotAuthorized("Your role gives none of the approvals this notice needs.", "input", "shipmentId");
        }

        return Task.FromResult(Stop(w, shipment, input, ShipmentStatus.Rejected, [ShipmentStatus.AwaitingApproval]));
    }

    private static Task<MutationPayload> CancelAsync(WriteUnit w, Shipment shipment, ShipmentStepInput input) =>
        Task.FromResult(Stop(w, shipment, input, ShipmentStatus.Cancelled, [ShipmentStatus.AwaitingApproval, ShipmentStatus.Planned]));

    /// <summary>Rejects or cancels a notice that has not shipped: it no longer holds its quantities.</summary>
    private static MutationPayload Stop(WriteUnit w, Shipment shipment, ShipmentStepInput input, ShipmentStatus to, ShipmentStatus[] from)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, shipment);
        }

        if (!from.Contains(shipment.Status))
        {
            return Invalid(shipment, $"A {shipment.Status} notice cannot become {to}.");
        }

        shipment.Status = to;
        shipment.CancelledAt = w.Now;
        shipment.CancellationReason = input.Reason!.Trim();
        return Touch(w, shipment);
    }

    // ── tracking ─────────────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> ShipAsync(WriteUnit w, Shipment shipment, ShipmentStepInput input)
    {
        var check = new InputCheck();
        check.That(input.On is not { } d || d <= w.Today, "The date is in the future.", "input", "on");
        check.Text(input.Carrier, 200, required: false, "input", "carrier");
        check.Text(input.WaybillNumber, 64, required: false, "input", "waybillNumber");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, shipment);
        }

        if (shipment.Status != ShipmentStatus.Planned)
        {
            return Invalid(shipment, shipment.Status == ShipmentStatus.AwaitingApproval
                ? "The notice awaits approval: it cannot ship before finance and sales approve it."
                : $"A {shipment.Status} shipment cannot become SHIPPED.");
        }

        var on = input.On ?? w.Today;
        if (shipment.ReleasedOn is { } released && on < released)
        {
            return MutationPayload.Refused([UserError.Validation("Shipped before the goods were released.", "input", "on")], shipment);
        }

        shipment.ShippedOn = on;
        shipment.Status = ShipmentStatus.Shipped;
        if (input.Carrier?.Trim() is { Length: > 0 } carrier)
        {
            shipment.Carrier = carrier;
        }

        shipment.WaybillNumber = input.WaybillNumber?.Trim() is { Length: > 0 } waybill ? waybill : shipment.WaybillNumber;
        if (shipment.SalesOrderId is { } orderId)
        {
            await FollowOrderAsync(w, orderId, shipment);
        }

        return Touch(w, shipment);
    }

    /// <summary>The order's status follows its shipments: SHIPPED once every line's quantity has left, else PARTLY_SHIPPED.</summary>
    private static async Task FollowOrderAsync(WriteUnit w, int orderId, Shipment leaving)
    {
        var order = await w.Db.SalesOrders.Include(o => o.Lines).FirstAsync(o => o.Id == orderId, w.CancellationToken);
        var shipped = await ShipmentQuantities.ShippedAsync(w.Db, [.. order.Lines.Select(l => l.Id)], w.CancellationToken);
        foreach (var line in leaving.Lines.Where(l => l.SalesOrderLineId is not null))
        {
            shipped[line.SalesOrderLineId!.Value] = shipped.GetValueOrDefault(line.SalesOrderLineId.Value) + line.Quantity;
        }

        var step = order.Lines.All(l => shipped.GetValueOrDefault(l.Id) >= l.Quantity) ? SalesOrderStep.ShipInFull : SalesOrderStep.ShipInPart;
        order.Status = SalesOrderTransitions.Next(order.Status, step)
            ?? throw new InvalidOperationException($"A {order.Status} order cannot {SalesOrderTransitions.Verb(step)}.");
        order.Version++;
        order.UpdatedAt = w.Now;
    }

    private static Task<MutationPayload> DeliverAsync(WriteUnit w, Shipment shipment, ShipmentStepInput input)
    {
        var check = new InputCheck();
        check.That(input.On is not { } d || d <= w.Today, "The date is in the future.", "input", "on");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, shipment));
        }

        if (shipment.Status != ShipmentStatus.Shipped)
        {
            return Task.FromResult(Invalid(shipment, $"A {shipment.Status} shipment cannot become DELIVERED."));
        }

        var on = input.On ?? w.Today;
        if (on < shipment.ShippedOn)
        {
            return Task.FromResult(MutationPayload.Refused([UserError.Validation("Delivered before it was shipped.", "input", "on")], shipment));
        }

        shipment.DeliveredOn = on;
        shipment.Status = ShipmentStatus.Delivered;
        return Task.FromResult(Touch(w, shipment));
    }

    private static MutationPayload Invalid(Shipment shipment, string message) =>
        MutationPayload.Refused([UserError.InvalidTransition(message, "input", "shipmentId")], shipment);

    private static MutationPayload Touch(WriteUnit w, Shipment shipment)
    {
        shipment.Version++;
        shipment.UpdatedAt = w.Now;
        return MutationPayload.Ok(shipment);
    }

    /// <summary>A notice being drafted, with the customer it ships to, or why it cannot be.</summary>
    private sealed record NoticeDraft(Shipment? Shipment, Customer? Customer, MutationPayload? Refusal)
    {
        public static NoticeDraft Refused(params UserError[] errors) => new(null, null, MutationPayload.Refused(errors));
    }
}
