using System.Globalization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;
using static SalesGraph.Contracts.ContractPricing;

namespace SalesGraph.Contracts;

/// <summary>
/// The contract workflow: create and update drafts, submit, approve by the ladder of <see cref="ApprovalAuthority"/>
/// (plus finance on rule 2), reject, activate, complete, terminate. Every step moves the status by
/// <see cref="ContractTransitions"/>, bumps the version and appends a <see cref="ContractEvent"/>.
/// </summary>
public sealed class ContractMutations(IOptionsMonitor<ApprovalOptions> approval) : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    /// <summary>Whether a contract outside the caller's scope is the wrong approver (AUTH_NOT_AUTHORIZED) or simply not found.</summary>
    private enum OutOfScope { NotFound, NotAuthorized }

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateContractInputGraphType, CreateContractInput>(
            "createContract", WriteRules.ContractDraft,
            "Drafts a contract for a customer in the caller's scope; the owner and region are the customer's." + Errors,
            "contract", typeof(ContractGraphType), CreateAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<UpdateContractInputGraphType, UpdateContractInput>(
            "updateContract", WriteRules.ContractDraft, "Changes a DRAFT or REJECTED contract at the version the client read." + Errors,
            "contract", typeof(ContractGraphType), UpdateAsync),
        Step<SubmitContractInputGraphType>("submitContract", WriteRules.ContractDraft, "Submits a DRAFT for approval (→ PENDING_APPROVAL).", SubmitAsync),
        Step<ApproveContractInputGraphType>("approveContract", WriteRules.ContractApproval,
            "Approves a contract PENDING_APPROVAL. Below the rep limit the owner rep may approve; up to the manager limit the manager of the " +
            "contract's region; above it, or for a major contract, the director. When open receivables plus the contract exceed the credit " +
            "limit, finance approves as well; the contract is APPROVED when every required approval is given.", ApproveAsync, OutOfScope.NotAuthorized),
        Step<RejectContractInputGraphType>("rejectContract", WriteRules.ContractRejection,
            "Rejects a contract PENDING_APPROVAL with a comment (→ REJECTED); by an approver it needs.", RejectAsync, OutOfScope.NotAuthorized),
        Step<ActivateContractInputGraphType>("activateContract", WriteRules.ContractFulfilment, "Activates an APPROVED contract (→ ACTIVE).", ActivateAsync),
        Step<CompleteContractInputGraphType>("completeContract", WriteRules.ContractFulfilment, "Completes an ACTIVE contract (→ COMPLETED).", CompleteAsync),
        Step<TerminateContractInputGraphType>("terminateContract", WriteRules.ContractTermination,
            "Terminates (解除) an APPROVED or ACTIVE contract with a reason (→ TERMINATED).", TerminateAsync),
    ];

    /// <summary>A step on one contract: loads it at the client's version, then runs <paramref name="step"/>.</summary>
    private static MutationDeclaration<ContractStepInput> Step<TInputGraphType>(
        string name, ActionRule rule, string description, Func<WriteUnit, Contract, ContractStepInput, Task<MutationPayload>> step,
        OutOfScope outOfScope = OutOfScope.NotFound)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, ContractStepInput>(name, rule, description + Errors, "contract", typeof(ContractGraphType),
            async (w, input) =>
            {
                var (contract, refused) = await LoadForStepAsync(w, input.ContractId, input.Version, outOfScope);
                return refused ?? await step(w, contract!, input);
            });

    // ── create / update ──────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Creates a draft contract as <c>createContract</c> does; a won opportunity drafts its contract through it too.</summary>
    internal static async Task<MutationPayload> CreateAsync(WriteUnit w, CreateContractInput input)
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

        var found = await w.FindInScopeAsync<Customer>(customerId!.Value, "input", "customerId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var customer = found.Entity;

        var priced = await PriceLinesAsync(w, check, lines!);
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (input.ExternalId is { } externalId
            && await w.Db.Scoped<Contract>(w.Caller).Include(c => c.Lines).FirstOrDefaultAsync(c => c.ExternalId == externalId, w.CancellationToken) is { } existing)
        {
            // An ERP sending the same contract again updates the draft it created rather than creating another.
            if (ContractTransitions.Next(existing.Status, ContractStep.Update) is null || existing.CustomerId != customer.Id)
            {
                return MutationPayload.Refused(
                    [UserError.InvalidTransition($"The contract with this external id is {existing.Status} (or of another customer) and cannot be changed.", "input", "externalId")],
                    existing);
            }

            ReplaceLines(w, existing, priced);
            ApplyTerms(existing, input.StartOn, input.EndOn, input.PaymentTermDays);
            Touch(w, existing, ContractEventKind.Updated, ContractStep.Update, null, "upsert by external id");
            return MutationPayload.Ok(existing);
        }

        var contract = new Contract
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.Contracts.AsNoTracking(), c => c.Number, "HT", w.Today.Year, w.CancellationToken),
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
        var (loaded, refused) = await LoadForStepAsync(w, input.ContractId, input.Version, OutOfScope.NotFound);
        if (refused is not null)
        {
            return refused;
        }

        var contract = loaded!;

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (Refuse(contract, ContractStep.Update) is { } invalid)
        {
            return invalid;
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
        Touch(w, contract, ContractEventKind.Updated, ContractStep.Update, null, null);
        return MutationPayload.Ok(contract);
    }

    // ── workflow steps ───────────────────────────────────────────────────────────────────────────────────────────

    private static Task<MutationPayload> SubmitAsync(WriteUnit w, Contract contract, ContractStepInput input) =>
        Task.FromResult(Refuse(contract, ContractStep.Submit) ?? Touch(w, contract, ContractEventKind.Submitted, ContractStep.Submit, null, null));

    private async Task<MutationPayload> ApproveAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Comment, 1000, required: false, "input", "comment");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (Refuse(contract, ContractStep.Approve) is { } invalid)
        {
            return invalid;
        }

        var needs = await ContractApprovals.NeededAsync(w, contract, approval.CurrentValue);
        var decision = ApprovalAuthority.Approve(w.Caller.Role, needs, await ContractApprovals.GivenSinceSubmissionAsync(w, contract));
        switch (decision.Refusal)
        {
            case ApprovalRefusal.FinanceNotNeeded:
                throw MutationErrors.NotAuthorized("This contract is within the customer's credit limit: it needs no finance approval.", "input", "contractId");
            case ApprovalRefusal.BelowRequiredLevel:
                throw MutationErrors.NotAuthorized(
                    $"A discount of {contract.DiscountAmount.ToString("N2", CultureInfo.InvariantCulture)} on a contract of " +
                    $"{contract.AgreedTotal.ToString("N2", CultureInfo.InvariantCulture)} needs {needs.Level} approval; yours is {decision.Level?.ToString() ?? "none"}.",
                    "input", "contractId");
            case ApprovalRefusal.AlreadyApproved:
                return MutationPayload.Refused(
                    [UserError.Validation(w.Caller.Role == StaffRole.Finance ? "Finance has already approved this contract." : "The discount has already been approved.", "input", "contractId")],
                    contract);
        }

        if (decision.Completes)
        {
            contract.SignedOn ??= w.Today;
        }

        return Touch(w, contract, ContractEventKind.Approved, decision.Completes ? ContractStep.Approve : ContractStep.ApproveInPart, decision.Level, input.Comment);
    }

    private async Task<MutationPayload> RejectAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Comment, 1000, required: true, "input", "comment");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, contract);
        }

        if (Refuse(contract, ContractStep.Reject) is { } invalid)
        {
            return invalid;
        }

        var needs = await ContractApprovals.NeededAsync(w, contract, approval.CurrentValue);
        var decision = ApprovalAuthority.Reject(w.Caller.Role, needs);
        if (!decision.Allowed)
        {
            throw MutationErrors.NotAuthorized($"Only an approver this contract needs ({needs.Level}{(needs.Finance ? ", Finance" : "")}) may reject it.", "input", "contractId");
        }

        return Touch(w, contract, ContractEventKind.Rejected, ContractStep.Reject, decision.Level, input.Comment);
    }

    private static Task<MutationPayload> ActivateAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        if (Refuse(contract, ContractStep.Activate) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        contract.StartOn ??= w.Today;
        return Task.FromResult(Touch(w, contract, ContractEventKind.Activated, ContractStep.Activate, null, null));
    }

    private static Task<MutationPayload> CompleteAsync(WriteUnit w, Contract contract, ContractStepInput input) =>
        Task.FromResult(Refuse(contract, ContractStep.Complete) ?? Touch(w, contract, ContractEventKind.Completed, ContractStep.Complete, null, null));

    private static Task<MutationPayload> TerminateAsync(WriteUnit w, Contract contract, ContractStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, contract));
        }

        if (Refuse(contract, ContractStep.Terminate) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        contract.TerminationReason = input.Reason!.Trim();
        return Task.FromResult(Touch(w, contract, ContractEventKind.Terminated, ContractStep.Terminate, null, contract.TerminationReason));
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The contract in the caller's scope at the expected version. For approval steps a contract that exists outside
    /// the caller's scope is refused with AUTH_NOT_AUTHORIZED (a manager of another region is the wrong approver, not
    /// someone who asks for something missing).
    /// </summary>
    private static async Task<(Contract? Contract, MutationPayload? Refused)> LoadForStepAsync(WriteUnit w, string globalId, int? version, OutOfScope outOfScope)
    {
        var check = new InputCheck();
        if (check.Id(globalId, "Contract", "input", "contractId") is not { } id)
        {
            return (null, MutationPayload.Refused(check.Errors));
        }

        var found = await w.FindInScopeAsync<Contract>(id, "input", "contractId");
        if (found.IsMissing)
        {
            if (outOfScope == OutOfScope.NotAuthorized && await w.Db.Contracts.AnyAsync(c => c.Id == id, w.CancellationToken))
            {
                throw MutationErrors.NotAuthorized("You are not an approver of this contract (it belongs to another region or owner).", "input", "contractId");
            }

            return (null, MutationPayload.Refused([found.Missing]));
        }

        return (found.Entity, await w.StaleAsync(found.Entity, found.Entity.Version, version));
    }

    /// <summary>An INVALID_TRANSITION payload when the contract's status does not allow <paramref name="step"/>; null when it does.</summary>
    private static MutationPayload? Refuse(Contract contract, ContractStep step) =>
        ContractTransitions.Next(contract.Status, step) is null
            ? MutationPayload.Refused([UserError.InvalidTransition($"A {contract.Status} contract cannot {ContractTransitions.Verb(step)}.", "input", "contractId")], contract)
            : null;

    /// <summary>Takes <paramref name="step"/>: the new status, a bumped version (the concurrency token) and a history event.</summary>
    private static MutationPayload Touch(WriteUnit w, Contract contract, ContractEventKind kind, ContractStep step, ApprovalLevel? level, string? comment)
    {
        var to = ContractTransitions.Next(contract.Status, step) ?? throw new InvalidOperationException($"A {contract.Status} contract cannot {step}.");
        w.Db.ContractEvents.Add(new ContractEvent
        {
            ContractId = contract.Id, Contract = contract, Kind = kind, FromStatus = contract.Status, ToStatus = to, ActorId = w.Caller.StaffId,
            ApprovalLevel = level, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), At = w.Now,
        });
        contract.Status = to;
        contract.Version++;
        contract.UpdatedAt = w.Now;
        return MutationPayload.Ok(contract);
    }
}
