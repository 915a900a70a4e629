using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Billing;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Orders;

/// <summary>
/// Sales orders (订货单): create against a contract or the price list, confirm, cancel, close. Every step moves the
/// status by <see cref="SalesOrderTransitions"/> and bumps the version.
/// </summary>
public sealed class SalesOrderMutations(IOptionsMonitor<OrderDeskOptions> options) : IDeclaresMutations
{
    private const int MaxLines = 100;

    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateSalesOrderInputGraphType, CreateSalesOrderInput>(
            "createSalesOrder", WriteRules.OrderEntry,
            "Records a sales order (SUBMITTED) for a customer in the caller's scope: against an ACTIVE contract of the customer (ordered quantities " +
            "never exceed the contract's lines), or for a DISTRIBUTOR/AGENT at list price, flagged isOverCredit when beyond its credit." + Errors,
            "salesOrder", typeof(SalesOrderGraphType), CreateAsync, i => i.IdempotencyKey),
        Step<ConfirmSalesOrderInputGraphType>("confirmSalesOrder", WriteRules.OrderConfirmation,
            "Records the customer's confirmation of a SUBMITTED order (→ CONFIRMED), who recorded it and when.", ConfirmAsync),
        Step<CancelSalesOrderInputGraphType>("cancelSalesOrder", WriteRules.OrderCancellation,
            "Cancels a SUBMITTED or CONFIRMED order with a reason (→ CANCELLED); its quantities go back to the contract.", CancelAsync),
        Step<CloseSalesOrderInputGraphType>("closeSalesOrder", WriteRules.OrderConfirmation,
            "Closes a SHIPPED order, or a PARTLY_SHIPPED one short (→ CLOSED).", CloseAsync),
    ];

    private static MutationDeclaration<SalesOrderStepInput> Step<TInputGraphType>(
        string name, ActionRule rule, string description, Func<WriteUnit, SalesOrder, SalesOrderStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, SalesOrderStepInput>(name, rule, description + Errors, "salesOrder", typeof(SalesOrderGraphType),
            async (w, input) =>
            {
                var (order, refusal) = await w.FindForStepAsync<SalesOrder>(
                    input.SalesOrderId, input.ExternalId, static q => q, o => o.Version, input.Version, "input", "salesOrderId");
                return refusal ?? await step(w, order!, input);
            });

    private async Task<MutationPayload> CreateAsync(WriteUnit w, CreateSalesOrderInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        var contractId = input.ContractId is null ? null : check.Id(input.ContractId, "Contract", "input", "contractId");
        check.Text(input.ExternalId, 100, required: false, "input", "externalId");
        var lines = new List<(int ProductId, SalesOrderLineInput Line, int Index)>();
        if (check.That(input.Lines.Count is > 0 and <= MaxLines, $"1 to {MaxLines} lines.", "input", "lines"))
        {
            for (var i = 0; i < input.Lines.Count; i++)
            {
                var line = input.Lines[i];
                var productId = check.Id(line.ProductId, "Product", "input", "lines", i, "productId");
                check.That(line.Quantity is > 0 and <= 1_000_000, "Quantity must be between 1 and 1,000,000.", "input", "lines", i, "quantity");
                check.That(line.RequestedOn >= w.Today, "The requested delivery date is in the past.", "input", "lines", i, "requestedOn");
                if (productId is { } p)
                {
                    lines.Add((p, line, i));
                }
            }
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (input.ExternalId is { } externalId
            && await w.Db.Scoped<SalesOrder>(w.Caller).FirstOrDefaultAsync(o => o.ExternalId == externalId, w.CancellationToken) is { } existing)
        {
            // An ERP retrying the same order gets the order it created the first time.
            return MutationPayload.Ok(existing);
        }

        var found = await w.FindInScopeAsync<Customer>(customerId!.Value, "input", "customerId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var customer = found.Entity;
        var productIds = lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await w.Db.Scoped<Product>(w.Caller).AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, w.CancellationToken);
        var order = new SalesOrder
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.SalesOrders.AsNoTracking(), o => o.Number, "DD", w.Today.Year, w.CancellationToken),
            CustomerId = customer.Id,
            Status = SalesOrderStatus.Submitted,
            SubmittedAt = w.Now,
            ConfirmDueAt = w.Now.AddHours(options.CurrentValue.ConfirmationHours),
            Version = 1,
            CreatedAt = w.Now,
            UpdatedAt = w.Now,
            ExternalId = input.ExternalId,
        };

        if (contractId is { } cid)
        {
            var refused = await DrawDownContractAsync(w, check, order, customer, cid, lines);
            if (refused is not null)
            {
                return refused;
            }
        }
        else
        {
            if (customer.Kind is not (CustomerKind.Distributor or CustomerKind.Agent))
            {
                return MutationPayload.Refused([UserError.Validation(
                    "Only a DISTRIBUTOR or AGENT orders without a contract; name the customer's ACTIVE contract.", "input", "contractId")]);
            }

            foreach (var (productId, line, index) in lines)
            {
                if (!products.TryGetValue(productId, out var product) || !product.IsActive)
                {
                    check.Add(UserError.NotFound("No active product with this id.", "input", "lines", index, "productId"));
                    continue;
                }

                order.Lines.Add(new SalesOrderLine { LineNo = index + 1, ProductId = productId, Quantity = line.Quantity, UnitPrice = product.ListPrice, RequestedOn = line.RequestedOn });
            }

            if (!check.IsValid)
            {
                return MutationPayload.Refused(check.Errors);
            }
        }

        order.Amount = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
        order.IsOverCredit = order.ContractId is null && await ExposureAsync(w, customer.Id) + order.Amount > customer.CreditLimit;
        w.Db.SalesOrders.Add(order);
        return MutationPayload.Ok(order);
    }

    /// <summary>
    /// Prices the lines at the contract's agreed prices, each line drawing on the first line of the contract for its
    /// product that still has the quantity open (ordered by orders not cancelled). Bumps the contract's version, so two
    /// orders drawing on it concurrently cannot both commit.
    /// </summary>
    private static async Task<MutationPayload?> DrawDownContractAsync(
        WriteUnit w, InputCheck check, SalesOrder order, Customer customer, int contractId, List<(int ProductId, SalesOrderLineInput Line, int Index)> lines)
    {
        var found = await w.FindInScopeAsync<Contract>(contractId, q => q.Include(c => c.Lines), "input", "contractId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var contract = found.Entity;
        if (contract.CustomerId != customer.Id)
        {
            return MutationPayload.Refused([UserError.Validation("The contract is another customer's.", "input", "contractId")]);
        }

        if (contract.Status != ContractStatus.Active)
        {
            return MutationPayload.Refused([UserError.InvalidTransition($"Orders draw on ACTIVE contracts; this one is {contract.Status}.", "input", "contractId")]);
        }

        var lineIds = contract.Lines.Select(l => l.Id).ToList();
        var ordered = await w.Db.SalesOrderLines.AsNoTracking()
            .Where(l => l.ContractLineId != null && lineIds.Contains(l.ContractLineId.Value) && l.SalesOrder!.Status != SalesOrderStatus.Cancelled)
            .GroupBy(l => l.ContractLineId!.Value)
            .Select(g => new { LineId = g.Key, Quantity = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => g.LineId, g => g.Quantity, w.CancellationToken);
        var open = contract.Lines.OrderBy(l => l.LineNo).ToDictionary(l => l, l => l.Quantity - ordered.GetValueOrDefault(l.Id));
        foreach (var (productId, line, index) in lines)
        {
            var candidates = open.Keys.Where(l => l.ProductId == productId).ToList();
            if (candidates.Count == 0)
            {
                check.Add(UserError.Validation("The contract has no line for this product.", "input", "lines", index, "productId"));
                continue;
            }

            var drawn = candidates.FirstOrDefault(l => open[l] >= line.Quantity);
            if (drawn is null)
            {
                check.Add(UserError.Validation(
                    $"More than the contract has open for this product ({candidates.Max(l => open[l])} of the line's quantity).", "input", "lines", index, "quantity"));
                continue;
            }

            open[drawn] -= line.Quantity;
            order.Lines.Add(new SalesOrderLine
            {
                LineNo = index + 1, ProductId = productId, ContractLineId = drawn.Id, Quantity = line.Quantity, UnitPrice = drawn.AgreedUnitPrice, RequestedOn = line.RequestedOn,
            });
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        order.ContractId = contract.Id;
        contract.Version++;
        return null;
    }

    /// <summary>What the customer owes or has on order: open receivables plus open orders without contract (not yet invoiced).</summary>
    private static async Task<decimal> ExposureAsync(WriteUnit w, int customerId)
    {
        var receivables = await Receivables.OpenAsync(w.Db, customerId, w.CancellationToken);
        var orders = await w.Db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && o.ContractId == null
                && (o.Status == SalesOrderStatus.Submitted || o.Status == SalesOrderStatus.Confirmed || o.Status == SalesOrderStatus.PartlyShipped))
            .SumAsync(o => o.Amount, w.CancellationToken);
        return receivables + orders;
    }

    private static Task<MutationPayload> ConfirmAsync(WriteUnit w, SalesOrder order, SalesOrderStepInput input) => Task.FromResult(Confirm(w, order, input));

    private static MutationPayload Confirm(WriteUnit w, SalesOrder order, SalesOrderStepInput input)
    {
        var at = input.ConfirmedAt?.ToUniversalTime() ?? w.Now;
        var check = new InputCheck();
        check.That(at <= w.Now, "The confirmation time is in the future.", "input", "confirmedAt");
        check.That(at >= order.SubmittedAt, "The confirmation time is before the order was submitted.", "input", "confirmedAt");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, order);
        }

        if (Refuse(order, SalesOrderStep.Confirm) is { } invalid)
        {
            return invalid;
        }

        order.ConfirmedAt = at;
        order.ConfirmedById = w.Caller.StaffId;
        return Touch(w, order, SalesOrderStep.Confirm);
    }

    private static async Task<MutationPayload> CancelAsync(WriteUnit w, SalesOrder order, SalesOrderStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, order);
        }

        if ((Refuse(order, SalesOrderStep.Cancel) ?? await OpenNoticesAsync(w, order, "cancel")) is { } invalid)
        {
            return invalid;
        }

        order.CancelledAt = w.Now;
        order.CancellationReason = input.Reason!.Trim();
        return Touch(w, order, SalesOrderStep.Cancel);
    }

    private static async Task<MutationPayload> CloseAsync(WriteUnit w, SalesOrder order, SalesOrderStepInput input)
    {
        if ((Refuse(order, SalesOrderStep.Close) ?? await OpenNoticesAsync(w, order, "close")) is { } invalid)
        {
            return invalid;
        }

        order.ClosedAt = w.Now;
        return Touch(w, order, SalesOrderStep.Close);
    }

    /// <summary>
    /// An INVALID_TRANSITION payload when the order has notices whose goods have not left (AWAITING_APPROVAL, PLANNED):
    /// they are cancelled first, so no notice ships goods of a cancelled or closed order.
    /// </summary>
    private static async Task<MutationPayload?> OpenNoticesAsync(WriteUnit w, SalesOrder order, string verb) =>
        await w.Db.Shipments.AnyAsync(
            s => s.SalesOrderId == order.Id && (s.Status == ShipmentStatus.AwaitingApproval || s.Status == ShipmentStatus.Planned), w.CancellationToken)
            ? MutationPayload.Refused([UserError.InvalidTransition($"The order has delivery notices that have not shipped: cancel them before you {verb} the order.", "input", "salesOrderId")], order)
            : null;

    /// <summary>An INVALID_TRANSITION payload when the order's status does not allow <paramref name="step"/>; null when it does.</summary>
    private static MutationPayload? Refuse(SalesOrder order, SalesOrderStep step) =>
        SalesOrderTransitions.Next(order.Status, step) is null
            ? MutationPayload.Refused([UserError.InvalidTransition($"A {order.Status} order cannot {SalesOrderTransitions.Verb(step)}.", "input", "salesOrderId")], order)
            : null;

    private static MutationPayload Touch(WriteUnit w, SalesOrder order, SalesOrderStep step)
    {
        order.Status = SalesOrderTransitions.Next(order.Status, step) ?? throw new InvalidOperationException($"A {order.Status} order cannot {step}.");
        order.Version++;
        order.UpdatedAt = w.Now;
        return MutationPayload.Ok(order);
    }
}
