using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Returns;

/// <summary>
/// Returns (退货): request from a DELIVERED shipment, approve or reject, receive (issuing the credit note in the same
/// transaction). Every step moves the status by <see cref="ReturnTransitions"/> and bumps the version.
/// </summary>
public sealed class ReturnMutations : IDeclaresMutations
{
    private const int MaxLines = 100;

    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<RequestReturnInputGraphType, RequestReturnInput>(
            "requestReturn", WriteRules.ReturnEntry,
            "Records a customer's return (REQUESTED) of goods from a DELIVERED shipment in the caller's scope, with a reason; per shipment line never more " +
            "than was delivered less what returns not rejected already took (checked against concurrent returns)." + Errors,
            "returnRequest", typeof(ReturnRequestGraphType), RequestAsync, i => i.IdempotencyKey),
        Step<ApproveReturnInputGraphType>("approveReturn", WriteRules.ReturnApproval,
            "Approves a REQUESTED return (→ APPROVED): the manager of the customer's region, or the director.", ApproveAsync),
        Step<RejectReturnInputGraphType>("rejectReturn", WriteRules.ReturnApproval,
            "Rejects a REQUESTED return with a reason (→ REJECTED); its quantities can be returned again.", RejectAsync),
        Step<ReceiveReturnInputGraphType>("receiveReturn", WriteRules.ReturnReceipt,
            "Books the goods of an APPROVED return back (→ RECEIVED) with the quantities that arrived (≤ requested; differences need the carrier's note) " +
            "and issues the credit note (HZ-…) for Σ received quantity × unit price, which lowers the customer's open receivables.", ReceiveAsync),
    ];

    private static MutationDeclaration<ReturnStepInput> Step<TInputGraphType>(
        string name, ActionRule rule, string description, Func<WriteUnit, ReturnRequest, ReturnStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, ReturnStepInput>(name, rule, description + Errors, "returnRequest", typeof(ReturnRequestGraphType),
            async (w, input) =>
            {
                var (returnRequest, refusal) = await w.FindForStepAsync<ReturnRequest>(
                    input.ReturnRequestId, q => q.Include(r => r.Lines), r => r.Version, input.Version, "input", "returnRequestId");
                return refusal ?? await step(w, returnRequest!, input);
            });

    private static async Task<MutationPayload> RequestAsync(WriteUnit w, RequestReturnInput input)
    {
        var check = new InputCheck();
        var shipmentId = check.Id(input.ShipmentId, "Shipment", "input", "shipmentId");
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        var lines = new List<(int ShipmentLineId, int Quantity, int Index)>();
        if (check.That(input.Lines.Count is > 0 and <= MaxLines, $"1 to {MaxLines} lines.", "input", "lines"))
        {
            for (var i = 0; i < input.Lines.Count; i++)
            {
                var line = input.Lines[i];
                var lineId = check.Id(line.ShipmentLineId, "ShipmentLine", "input", "lines", i, "shipmentLineId");
                check.That(line.Quantity is > 0 and <= 1_000_000, "Quantity must be between 1 and 1,000,000.", "input", "lines", i, "quantity");
                if (lineId is { } id)
                {
                    if (check.That(lines.All(l => l.ShipmentLineId != id), "This shipment line is already on the return.", "input", "lines", i, "shipmentLineId"))
                    {
                        lines.Add((id, line.Quantity, i));
                    }
                }
            }
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Shipment>(shipmentId!.Value, ShipmentTerms.WithTerms, "input", "shipmentId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var shipment = found.Entity;
        if (shipment.Status != ShipmentStatus.Delivered)
        {
            return MutationPayload.Refused([UserError.InvalidTransition(
                $"Goods come back only from a DELIVERED shipment; this one is {shipment.Status.ToString().ToUpperInvariant()}.", "input", "shipmentId")]);
        }

        // Read inside the write transaction; claiming the shipment below makes a concurrent return of it fail to commit.
        var taken = await ReturnQuantities.TakenAsync(w.Db, [.. shipment.Lines.Select(l => l.Id)], w.CancellationToken);
        var prices = ShipmentTerms.UnitPrices(shipment);
        var request = new ReturnRequest
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.ReturnRequests.AsNoTracking(), r => r.Number, "TH", w.Today.Year, w.CancellationToken),
            ShipmentId = shipment.Id,
            CustomerId = ShipmentTerms.CustomerOf(shipment),
            Status = ReturnStatus.Requested,
            Reason = input.Reason!.Trim(),
            RequestedAt = w.Now,
            RequestedById = w.Caller.StaffId,
            Version = 1,
            CreatedAt = w.Now,
            UpdatedAt = w.Now,
        };
        foreach (var (lineId, quantity, index) in lines)
        {
            var shipped = shipment.Lines.FirstOrDefault(l => l.Id == lineId);
            if (shipped is null)
            {
                check.Add(UserError.NotFound("No line with this id on the shipment.", "input", "lines", index, "shipmentLineId"));
                continue;
            }

            var open = shipped.Quantity - taken.GetValueOrDefault(lineId);
            if (quantity > open)
            {
                check.Add(UserError.Validation(
                    $"More than can be returned: {open} of the {shipped.Quantity} delivered are not yet on a return.", "input", "lines", index, "quantity"));
                continue;
            }

            request.Lines.Add(new ReturnLine
            {
                LineNo = request.Lines.Count + 1, ShipmentLineId = lineId, ProductId = shipped.ProductId, Quantity = quantity, UnitPrice = prices[lineId],
            });
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        request.Amount = request.Lines.Sum(l => l.Quantity * l.UnitPrice);
        ShipmentTerms.Claim(shipment);
        w.Db.ReturnRequests.Add(request);
        return MutationPayload.Ok(request);
    }

    private static Task<MutationPayload> ApproveAsync(WriteUnit w, ReturnRequest request, ReturnStepInput input)
    {
        if (Refuse(request, ReturnStep.Approve) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        request.DecidedAt = w.Now;
        request.DecidedById = w.Caller.StaffId;
        return Task.FromResult(Touch(w, request, ReturnStep.Approve));
    }

    private static Task<MutationPayload> RejectAsync(WriteUnit w, ReturnRequest request, ReturnStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, request));
        }

        if (Refuse(request, ReturnStep.Reject) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        request.DecidedAt = w.Now;
        request.DecidedById = w.Caller.StaffId;
        request.RejectionReason = input.Reason!.Trim();
        return Task.FromResult(Touch(w, request, ReturnStep.Reject));
    }

    private static async Task<MutationPayload> ReceiveAsync(WriteUnit w, ReturnRequest request, ReturnStepInput input)
    {
        var check = new InputCheck();
        var receivedOn = input.ReceivedOn ?? w.Today;
        check.That(receivedOn <= w.Today, "The goods cannot arrive in the future.", "input", "receivedOn");
        check.That(receivedOn >= DateOnly.FromDateTime(request.RequestedAt), "The goods cannot arrive before the return was requested.", "input", "receivedOn");
        check.Text(input.CarrierNote, 1000, required: false, "input", "carrierNote");
        var received = request.Lines.ToDictionary(l => l.Id, l => l.Quantity);
        var given = input.Lines ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var lineId = check.Id(given[i].ReturnLineId, "ReturnLine", "input", "lines", i, "returnLineId");
            if (lineId is not { } id)
            {
                continue;
            }

            if (!received.ContainsKey(id))
            {
                check.Add(UserError.NotFound("No line with this id on the return.", "input", "lines", i, "returnLineId"));
                continue;
            }

            var requestedQuantity = request.Lines.First(l => l.Id == id).Quantity;
            if (check.That(given[i].ReceivedQuantity >= 0 && given[i].ReceivedQuantity <= requestedQuantity,
                $"Between 0 and the {requestedQuantity} requested.", "input", "lines", i, "receivedQuantity"))
            {
                received[id] = given[i].ReceivedQuantity;
            }
        }

        if (check.IsValid && request.Lines.Any(l => received[l.Id] != l.Quantity))
        {
            check.That(!string.IsNullOrWhiteSpace(input.CarrierNote),
                "Less arrived than was requested: give the carrier's note of the difference, which the customer accepted.", "input", "carrierNote");
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, request);
        }

        if (Refuse(request, ReturnStep.Receive) is { } invalid)
        {
            return invalid;
        }

        foreach (var line in request.Lines)
        {
            line.ReceivedQuantity = received[line.Id];
        }

        request.ReceivedOn = receivedOn;
        request.ReceivedAt = w.Now;
        request.ReceivedById = w.Caller.StaffId;
        request.CarrierNote = string.IsNullOrWhiteSpace(input.CarrierNote) ? null : input.CarrierNote.Trim();
        var credit = request.Lines.Sum(l => l.ReceivedQuantity!.Value * l.UnitPrice);
        if (credit > 0)
        {
            // The same path as finance's red-letter notes: against the oldest open invoice of the shipment's contract that
            // can take the whole credit, else on the customer's account.
            var invoice = await InvoiceToCreditAsync(w, request.ShipmentId, credit);
            await Billing.CreditNotes.IssueAsync(w, request.CustomerId, invoice, credit, request.Number, request.Id);
        }

        return Touch(w, request, ReturnStep.Receive);
    }

    /// <summary>The oldest due open invoice of the shipment's contract with at least <paramref name="credit"/> open and left to credit, or null.</summary>
    private static async Task<Invoice?> InvoiceToCreditAsync(WriteUnit w, int shipmentId, decimal credit)
    {
        var contractId = await w.Db.Shipments.Where(s => s.Id == shipmentId).Select(s => s.ContractId).FirstOrDefaultAsync(w.CancellationToken);
        if (contractId is null)
        {
            return null;
        }

        var open = await w.Db.Invoices
            .Where(i => i.ContractId == contractId && (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Id)
            .Take(20)
            .ToListAsync(w.CancellationToken);
        foreach (var invoice in open)
        {
            if (invoice.OpenAmount >= credit && await Billing.CreditNotes.RemainingAsync(w, invoice) >= credit)
            {
                return invoice;
            }
        }

        return null;
    }

    /// <summary>An INVALID_TRANSITION payload when the return's status does not allow <paramref name="step"/>; null when it does.</summary>
    private static MutationPayload? Refuse(ReturnRequest request, ReturnStep step) =>
        ReturnTransitions.Next(request.Status, step) is null
            ? MutationPayload.Refused([UserError.InvalidTransition(
                $"A {request.Status.ToString().ToUpperInvariant()} return cannot {ReturnTransitions.Verb(step)}.", "input", "returnRequestId")], request)
            : null;

    private static MutationPayload Touch(WriteUnit w, ReturnRequest request, ReturnStep step)
    {
        request.Status = ReturnTransitions.Next(request.Status, step) ?? throw new InvalidOperationException($"A {request.Status} return cannot {step}.");
        request.Version++;
        request.UpdatedAt = w.Now;
        return MutationPayload.Ok(request);
    }
}
