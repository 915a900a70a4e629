using System.Globalization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Writes;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Contracts;

/// <summary>
/// The contract workflow: create and update drafts, submit, approve by the ladder of <see cref="DiscountApproval"/>
/// (plus finance on rule 2), reject, activate, complete, terminate. Every step checks the status transition, bumps the
/// version and appends a <see cref="ContractEvent"/>.
/// </summary>
public sealed class ContractMutations(IOptionsMonitor<ApprovalOptions> approval) : IMutationFields
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    private const int MaxLines = 100;

    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Mutation<CreateContractInputGraphType, CreateContractInput>(
            "createContract", "Drafts a contract for a customer in the caller's scope; the owner and region are the customer's." + Errors,
            "contract", typeof(ContractGraphType), (c, input) => c.WriteAsync("createContract", w => CreateAsync(w, input), input.IdempotencyKey));
        mutation.Mutation<UpdateContractInputGraphType, UpdateContractInput>(
            "updateContract", "Changes a DRAFT or REJECTED contract at the version the client read." + Errors,
            "contract", typeof(ContractGraphType), (c, input) => c.WriteAsync("updateContract", w => UpdateAsync(w, input)));
        Step<SubmitContractInputGraphType>(mutation, "submitContract", "Submits a DRAFT for approval (→ PENDING_APPROVAL).", SubmitAsync);
        Step<ApproveContractInputGraphType>(mutation, "approveContract",
            "Approves a contract PENDING_APPROVAL. Below the rep limit the owner rep may approve; up to the manager limit the manager of the " +
            "contract's region; above it, or for a major contract, the director. When open receivables plus the contract exceed the credit " +
            "limit, finance approves as well; the contract is APPROVED when every required approval is given.", ApproveAsync);
        Step<RejectContractInputGraphType>(mutation, "rejectContract", "Rejects a contract PENDING_APPROVAL with a comment (→ REJECTED); by an approver it needs.", RejectAsync);
        Step<ActivateContractInputGraphType>(mutation, "activateContract", "Activates an APPROVED contract (→ ACTIVE).", ActivateAsync);
        Step<CompleteContractInputGraphType>(mutation, "completeContract", "Completes an ACTIVE contract (→ COMPLETED).", CompleteAsync);
        Step<TerminateContractInputGraphType>(mutation, "terminateContract", "Terminates (解除) an APPROVED or ACTIVE contract with a reason (→ TERMINATED).", TerminateAsync);
    }

    private static void Step<TInputGraphType>(
        ObjectGraphType mutation, string name, string description, Func<WriteUnit, Contract, ContractStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        mutation.Mutation<TInputGraphType, ContractStepInput>(name, description + Errors, "contract", typeof(ContractGraphType),
            (c, input) => c.WriteAsync(name, async w =>
            {
                var (contract, refused) = await LoadForStepAsync(w, input.ContractId, input.Version, approvalStep: name is "approveContract" or "rejectContract");
                return refused ?? await step(w, contract!, input);
            }));

    // ── create / update ──────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> CreateAsync(WriteUnit w, CreateContractInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        var lines = CheckLines(check, input.Lines, required: true);
        CheckTerms(check, input.StartOn, input.EndOn, input.PaymentTermDays);
        check.Text(input.ExternalId, 100, required: false, "input", "externalId");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var customer = await w.Db.Scoped<Customer>(w.Caller).FirstOrDefaultAsync(c => c.Id == customerId, w.CancellationToken);
        if (customer is null)
        {
            return MutationPayload.Refused([UserError.NotFound("No customer with this id in your scope.", "input", "customerId")]);
        }

        var priced = await PriceLinesAsync(w, check, lines!);
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (input.ExternalId is { } externalId
            && await w.Db.Scoped<Contract>(w.Caller).Include(c => c.Lines).FirstOrDefaultAsync(c => c.ExternalId == externalId, w.CancellationToken) is { } existing)
        {
            // An ERP sending the same contract again updates the draft it created rather than creating another.
            if (existing.Status is not (ContractStatus.Draft or ContractStatus.Rejected) || existing.CustomerId != customer.Id)
            {
                return MutationPayload.Refused(
                    [UserError.InvalidTransition($"The contract with this external id is {existing.Status} (or of another customer) and cannot be changed.", "input", "externalId")],
                    existing);
            }

            ReplaceLines(w, existing, priced);
            ApplyTerms(existing, input.StartOn, input.EndOn, input.PaymentTermDays);
            Touch(w, existing, ContractEventKind.Updated, ContractStatus.Draft, null, "upsert by external id");
            return MutationPayload.Ok(existing);
        }

        var contract = new Contract
        {
            Number = await NextNumberAsync(w),
            CustomerId = customer.Id,
            OwnerId = customer.OwnerId,
            RegionId = customer.RegionId,
            PaymentTermDays = customer.PaymentTermDays,
            Status = ContractStatus.Draft,
            Version = 1,
            CreatedAt = w.Now,
            UpdatedAt = w.Now,
            ExternalId = input.ExternalId,
        };
        ApplyTerms(contract, input.StartOn, input.EndOn, input.PaymentTermDays);
        ReplaceLines(w, contract, priced);
        contract.Events.Add(new ContractEvent { Kind = ContractEventKind.Created, ToStatus = ContractStatus.Draft, ActorId = w.Caller.StaffId, At = w.Now });
        w.Db.Contracts.Add(contract);
        return MutationPayload.Ok(contract);
    }

    private static async Task<MutationPayload> UpdateAsync(WriteUnit w, UpdateContractInput input)
    {
        var check = new InputCheck();
        var lines = input.Lines is null ? null : CheckLines(check, input.Lines, required: true);
        CheckTerms(check, input.StartOn, input.EndOn, input.PaymentTermDays);
        var (contract, refused) = await LoadForStepAsync(w, input.ContractId, input.Version, approvalStep: false);
        if (refused is not null)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (contract!.Status is not (ContractStatus.Draft or ContractStatus.Rejected))
        {
            return Transition(contract, "update");
        }

        if (lines is not null)
        {
            var priced = await PriceLinesAsync(w, check, lines);
            if (!check.IsValid)
            {
                return MutationPayload.Refused(check.Errors, contract);
            }

            await w.Db.Entry(contract).Collection(c => c.Lines).LoadAsync(w.CancellationToken);
            ReplaceLines(w, contract, priced);
        }

        var start = input.StartOn ?? contract.StartOn;
        var end = input.EndOn ?? contract.EndOn;
        if (start is { } s && end is { } e && e < s)
        {
            return MutationPayload.Refused([UserError.Validation("The end date is before the start date.", "input", input.EndOn is null ? "startOn" : "endOn")], contract);
        }

        ApplyTerms(contract, input.StartOn, input.EndOn, input.PaymentTermDays);
        Touch(w, contract, ContractEventKind.Updated, ContractStatus.Draft, null, null);
        return MutationPayload.Ok(contract);
    }

    // ── workflow steps ───────────────────────────────────────────────────────────────────────────────────────────

    private static Task<MutationPayload> SubmitAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        if (contract.Status != ContractStatus.Draft)
        {
            return Task.FromResult(Transition(contract, "submit"));
        }

        Touch(w, contract, ContractEventKind.Submitted, ContractStatus.PendingApproval, null, null);
        return Task.FromResult(MutationPayload.Ok(contract));
    }

    private async Task<MutationPayload> ApproveAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Comment, 1000, required: false, "input", "comment");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (contract.Status != ContractStatus.PendingApproval)
        {
            return Transition(contract, "approve");
        }

        var needs = await RequiredApprovalsAsync(w, contract);
        var given = await ApprovalsSinceSubmissionAsync(w, contract);
        var financeDone = given.Contains(ApprovalLevel.Finance);
        var discountDone = given.Any(l => DiscountApproval.Covers(l, needs.Level));
        ApprovalLevel level;
        if (w.Caller.Role == StaffRole.Finance)
        {
            if (!needs.Finance)
            {
                throw MutationErrors.NotAuthorized("This contract is within the customer's credit limit: it needs no finance approval.", "input", "contractId");
            }

            if (financeDone)
            {
                return MutationPayload.Refused([UserError.Validation("Finance has already approved this contract.", "input", "contractId")], contract);
            }

            level = ApprovalLevel.Finance;
            financeDone = true;
        }
        else
        {
            var authority = w.Caller.Role is { } role ? DiscountApproval.AuthorityOf(role) : null;
            if (!DiscountApproval.Covers(authority, needs.Level))
            {
                throw MutationErrors.NotAuthorized(
                    $"A discount of {contract.DiscountAmount.ToString("N2", CultureInfo.InvariantCulture)} on a contract of " +
                    $"{contract.AgreedTotal.ToString("N2", CultureInfo.InvariantCulture)} needs {needs.Level} approval; yours is {authority?.ToString() ?? "none"}.",
                    "input", "contractId");
            }

            if (discountDone)
            {
                return MutationPayload.Refused([UserError.Validation("The discount has already been approved.", "input", "contractId")], contract);
            }

            level = authority!.Value;
            discountDone = true;
        }

        var complete = discountDone && (!needs.Finance || financeDone);
        if (complete)
        {
            contract.SignedOn ??= w.Today;
        }

        Touch(w, contract, ContractEventKind.Approved, complete ? ContractStatus.Approved : ContractStatus.PendingApproval, level, input.Comment);
        return MutationPayload.Ok(contract);
    }

    private async Task<MutationPayload> RejectAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Comment, 1000, required: true, "input", "comment");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (contract.Status != ContractStatus.PendingApproval)
        {
            return Transition(contract, "reject");
        }

        var needs = await RequiredApprovalsAsync(w, contract);
        ApprovalLevel level;
        if (w.Caller.Role == StaffRole.Finance && needs.Finance)
        {
            level = ApprovalLevel.Finance;
        }
        else
        {
            var authority = w.Caller.Role is { } role ? DiscountApproval.AuthorityOf(role) : null;
            if (!DiscountApproval.Covers(authority, needs.Level))
            {
                throw MutationErrors.NotAuthorized($"Only an approver this contract needs ({needs.Level}{(needs.Finance ? ", Finance" : "")}) may reject it.", "input", "contractId");
            }

            level = authority!.Value;
        }

        Touch(w, contract, ContractEventKind.Rejected, ContractStatus.Rejected, level, input.Comment);
        return MutationPayload.Ok(contract);
    }

    private static Task<MutationPayload> ActivateAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        if (contract.Status != ContractStatus.Approved)
        {
            return Task.FromResult(Transition(contract, "activate"));
        }

        contract.StartOn ??= w.Today;
        Touch(w, contract, ContractEventKind.Activated, ContractStatus.Active, null, null);
        return Task.FromResult(MutationPayload.Ok(contract));
    }

    private static Task<MutationPayload> CompleteAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        if (contract.Status != ContractStatus.Active)
        {
            return Task.FromResult(Transition(contract, "complete"));
        }

        Touch(w, contract, ContractEventKind.Completed, ContractStatus.Completed, null, null);
        return Task.FromResult(MutationPayload.Ok(contract));
    }

    private static Task<MutationPayload> TerminateAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, contract));
        }

        if (contract.Status is not (ContractStatus.Approved or ContractStatus.Active))
        {
            return Task.FromResult(Transition(contract, "terminate"));
        }

        contract.TerminationReason = input.Reason!.Trim();
        Touch(w, contract, ContractEventKind.Terminated, ContractStatus.Terminated, null, contract.TerminationReason);
        return Task.FromResult(MutationPayload.Ok(contract));
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The contract in the caller's scope at the expected version. For approval steps a contract that exists outside
    /// the caller's scope is refused with AUTH_NOT_AUTHORIZED (a manager of another region is the wrong approver, not
    /// someone who asks for something missing).
    /// </summary>
    private static async Task<(Contract? Contract, MutationPayload? Refused)> LoadForStepAsync(WriteUnit w, string globalId, int? version, bool approvalStep)
    {
        var check = new InputCheck();
        var id = check.Id(globalId, "Contract", "input", "contractId");
        if (id is null)
        {
            return (null, MutationPayload.Refused(check.Errors));
        }

        var contract = await w.Db.Scoped<Contract>(w.Caller).FirstOrDefaultAsync(c => c.Id == id, w.CancellationToken);
        if (contract is null)
        {
            if (approvalStep && await w.Db.Contracts.AnyAsync(c => c.Id == id, w.CancellationToken))
            {
                throw MutationErrors.NotAuthorized("You are not an approver of this contract (it belongs to another region or owner).", "input", "contractId");
            }

            return (null, MutationPayload.Refused([UserError.NotFound("No contract with this id in your scope.", "input", "contractId")]));
        }

        if (version is { } v && v != contract.Version)
        {
            var changed = await AuditLog.ChangedSinceAsync(w.Db, nameof(Contract), contract.Id, v, w.CancellationToken);
            return (contract, MutationPayload.Refused(
                [UserError.Conflict($"The contract is at version {contract.Version}, not {v}; nothing was written.", changed, contract.Version, "input", "version")],
                contract));
        }

        return (contract, null);
    }

    private static MutationPayload Transition(Contract contract, string step) =>
        MutationPayload.Refused([UserError.InvalidTransition($"A {contract.Status} contract cannot {step}.", "input", "contractId")], contract);

    /// <summary>Records a change: the new status, a bumped version (the concurrency token) and a history event.</summary>
    private static void Touch(WriteUnit w, Contract contract, ContractEventKind kind, ContractStatus to, ApprovalLevel? level, string? comment)
    {
        w.Db.ContractEvents.Add(new ContractEvent
        {
            ContractId = contract.Id, Contract = contract, Kind = kind, FromStatus = contract.Status, ToStatus = to, ActorId = w.Caller.StaffId,
            ApprovalLevel = level, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), At = w.Now,
        });
        contract.Status = to;
        contract.Version++;
        contract.UpdatedAt = w.Now;
    }

    private async Task<(ApprovalLevel Level, bool Finance)> RequiredApprovalsAsync(WriteUnit w, Contract contract)
    {
        var customer = await w.Db.Customers.AsNoTracking().FirstAsync(c => c.Id == contract.CustomerId, w.CancellationToken);
        var invoices = w.Db.Invoices.AsNoTracking().Where(i => i.Contract!.CustomerId == contract.CustomerId);
        var open = await invoices.SumAsync(i => i.Amount, w.CancellationToken) - await invoices.SumAsync(i => i.PaidAmount, w.CancellationToken);
        return (DiscountApproval.RequiredLevel(contract.DiscountAmount, contract.AgreedTotal, approval.CurrentValue),
            DiscountApproval.NeedsFinance(open, contract.AgreedTotal, customer.CreditLimit));
    }

    private static async Task<List<ApprovalLevel>> ApprovalsSinceSubmissionAsync(WriteUnit w, Contract contract)
    {
        var events = w.Db.ContractEvents.AsNoTracking().Where(e => e.ContractId == contract.Id);
        var submittedAt = await events.Where(e => e.Kind == ContractEventKind.Submitted).MaxAsync(e => (int?)e.Id, w.CancellationToken) ?? 0;
        return await events.Where(e => e.Id > submittedAt && e.Kind == ContractEventKind.Approved && e.ApprovalLevel != null)
            .Select(e => e.ApprovalLevel!.Value).ToListAsync(w.CancellationToken);
    }

    private static List<(int? ProductId, ContractLineInput Line)>? CheckLines(InputCheck check, IReadOnlyList<ContractLineInput>? lines, bool required)
    {
        if (lines is null || lines.Count == 0)
        {
            check.That(!required, "At least one line.", "input", "lines");
            return null;
        }

        if (!check.That(lines.Count <= MaxLines, $"At most {MaxLines} lines.", "input", "lines"))
        {
            return null;
        }

        var result = new List<(int?, ContractLineInput)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var productId = check.Id(line.ProductId, "Product", "input", "lines", i, "productId");
            check.That(line.Quantity is > 0 and <= 1_000_000, "Quantity must be between 1 and 1,000,000.", "input", "lines", i, "quantity");
            check.Money(line.UnitPrice, allowZero: false, "input", "lines", i, "unitPrice");
            result.Add((productId, line));
        }

        return result;
    }

    private static void CheckTerms(InputCheck check, DateOnly? startOn, DateOnly? endOn, int? paymentTermDays)
    {
        if (startOn is { } s && endOn is { } e)
        {
            check.That(e >= s, "The end date is before the start date.", "input", "endOn");
        }

        if (paymentTermDays is { } days)
        {
            check.That(days is >= 0 and <= 365, "Between 0 and 365 days.", "input", "paymentTermDays");
        }
    }

    private static async Task<List<(Product Product, ContractLineInput Line)>> PriceLinesAsync(
        WriteUnit w, InputCheck check, List<(int? ProductId, ContractLineInput Line)> lines)
    {
        var ids = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await w.Db.Scoped<Product>(w.Caller).AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, w.CancellationToken);
        var result = new List<(Product, ContractLineInput)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].ProductId is not { } id)
            {
                continue;
            }

            if (!products.TryGetValue(id, out var product) || !product.IsActive)
            {
                check.Add(UserError.NotFound("No active product with this id.", "input", "lines", i, "productId"));
                continue;
            }

            result.Add((product, lines[i].Line));
        }

        return result;
    }

    /// <summary>Replaces the lines and recomputes every total: clients never send totals or discounts.</summary>
    private static void ReplaceLines(WriteUnit w, Contract contract, List<(Product Product, ContractLineInput Line)> priced)
    {
        if (contract.Lines.Count > 0)
        {
            w.Db.ContractLines.RemoveRange(contract.Lines);
            contract.Lines.Clear();
        }

        decimal list = 0, agreed = 0, cost = 0;
        var lineNo = 0;
        foreach (var (product, line) in priced)
        {
            contract.Lines.Add(new ContractLine
            {
                LineNo = ++lineNo, ProductId = product.Id, Quantity = line.Quantity,
                ListUnitPrice = product.ListPrice, AgreedUnitPrice = line.UnitPrice, UnitCost = product.UnitCost,
            });
            list += line.Quantity * product.ListPrice;
            agreed += line.Quantity * line.UnitPrice;
            cost += line.Quantity * product.UnitCost;
        }

        contract.ListTotal = list;
        contract.AgreedTotal = agreed;
        contract.CostTotal = cost;
        contract.DiscountAmount = list - agreed;
        contract.DiscountRate = list == 0 ? 0 : decimal.Round(contract.DiscountAmount / list, 4);
    }

    private static void ApplyTerms(Contract contract, DateOnly? startOn, DateOnly? endOn, int? paymentTermDays)
    {
        contract.StartOn = startOn ?? contract.StartOn;
        contract.EndOn = endOn ?? contract.EndOn;
        contract.PaymentTermDays = paymentTermDays ?? contract.PaymentTermDays;
    }

    private static Task<string> NextNumberAsync(WriteUnit w) =>
        DocumentNumbers.NextAsync(w.Db.Contracts.AsNoTracking(), c => c.Number, "HT", w.Today.Year, w.CancellationToken);
}
