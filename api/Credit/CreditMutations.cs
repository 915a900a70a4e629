using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Credit;

/// <summary>
/// Credit policy and grade changes (decision 030): the director sets each grade's default credit limit and payment term;
/// a regional manager proposes a customer's grade (建议权) and the director approves or rejects it; approval changes the
/// grade and applies the new grade's policy (<see cref="CreditTerms.ApplyPolicyAsync"/>).
/// </summary>
public sealed class CreditMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<SetCreditPolicyInputGraphType, SetCreditPolicyInput>(
            "setCreditPolicy", WriteRules.CreditPolicy,
            "Sets one grade's default credit limit and payment term. Customers take them when they are next graded (unless finance set " +
            "their terms); the terms customers already have stay." + Errors,
            "creditPolicy", typeof(CreditPolicyGraphType), SetPolicyAsync),
        MutationDeclaration.Of<ProposeGradeChangeInputGraphType, ProposeGradeChangeInput>(
            "proposeGradeChange", WriteRules.GradeProposal,
            "Proposes a new grade for a customer of the caller's region, with a reason, for the director to decide. One pending " +
            "proposal per customer (another is INVALID_TRANSITION)." + Errors,
            "gradeProposal", typeof(GradeProposalGraphType), ProposeAsync),
        MutationDeclaration.Of<DecideGradeProposalInputGraphType, DecideGradeProposalInput>(
            "approveGradeProposal", WriteRules.GradeDecision,
            "Approves a PENDING proposal: the customer takes the proposed grade and, unless finance set its terms explicitly, that grade's " +
            "credit limit and payment term. A proposal already decided is INVALID_TRANSITION; one whose customer's grade changed since " +
            "it was made is CONFLICT on input.proposalId (reject it and propose again)." + Errors,
            "gradeProposal", typeof(GradeProposalGraphType), ApproveAsync),
        MutationDeclaration.Of<DecideGradeProposalInputGraphType, DecideGradeProposalInput>(
            "rejectGradeProposal", WriteRules.GradeDecision,
            "Rejects a PENDING proposal with a note; the customer stays as it is." + Errors,
            "gradeProposal", typeof(GradeProposalGraphType), RejectAsync),
    ];

    private static async Task<MutationPayload> SetPolicyAsync(WriteUnit w, SetCreditPolicyInput input)
    {
        var check = new InputCheck();
        check.Money(input.CreditLimit, allowZero: true, "input", "creditLimit");
        check.That(input.PaymentTermDays is >= 0 and <= 365, "Between 0 and 365 days.", "input", "paymentTermDays");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var policy = await w.Db.CreditPolicies.FirstOrDefaultAsync(p => p.Grade == input.Grade, w.CancellationToken);
        if (policy is null)
        {
            policy = new CreditPolicy { Grade = input.Grade, Version = 0 };
            w.Db.CreditPolicies.Add(policy);
        }
        else if (await w.StaleAsync(policy, policy.Version, input.Version) is { } stale)
        {
            return stale;
        }

        policy.CreditLimit = input.CreditLimit;
        policy.PaymentTermDays = input.PaymentTermDays;
        policy.UpdatedAt = w.Now;
        policy.UpdatedById = w.Caller.StaffId;
        policy.Version++;
        return MutationPayload.Ok(policy);
    }

    private static async Task<MutationPayload> ProposeAsync(WriteUnit w, ProposeGradeChangeInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 1000, required: true, "input", "reason");
        var (customer, refused) = await w.FindForStepAsync<Customer>(input.CustomerId, static q => q, c => c.Version, input.Version, "input", "customerId");
        if (refused is not null)
        {
            return refused;
        }

        if (input.Grade == customer!.Grade)
        {
            check.Add(UserError.Validation($"The customer is already grade {input.Grade}.", "input", "grade"));
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (await w.Db.GradeProposals.AnyAsync(p => p.CustomerId == customer.Id && p.Status == GradeProposalStatus.Pending, w.CancellationToken))
        {
            return MutationPayload.Refused([UserError.InvalidTransition("A grade proposal for this customer is already waiting for the director.", "input", "customerId")]);
        }

        var proposal = new GradeProposal
        {
            CustomerId = customer.Id,
            FromGrade = customer.Grade,
            ToGrade = input.Grade,
            Reason = input.Reason!.Trim(),
            Status = GradeProposalStatus.Pending,
            ProposedById = w.Caller.StaffId ?? 0,
            ProposedAt = w.Now,
            Version = 1,
        };
        w.Db.GradeProposals.Add(proposal);
        return MutationPayload.Ok(proposal);
    }

    private static async Task<MutationPayload> ApproveAsync(WriteUnit w, DecideGradeProposalInput input)
    {
        var check = new InputCheck();
        check.Text(input.Note, 1000, required: false, "input", "note");
        var (proposal, refused) = await LoadPendingAsync(w, input);
        if (refused is not null)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, proposal);
        }

        // The customer is read unscoped: the director sees every customer, and the proposal's scope was checked above.
        var customer = await w.Db.Customers.FirstAsync(c => c.Id == proposal!.CustomerId, w.CancellationToken);
        if (customer.Grade != proposal!.FromGrade)
        {
            return MutationPayload.Refused(
                [UserError.Conflict(
                    $"The customer's grade changed from {proposal.FromGrade} to {customer.Grade} since this proposal was made; reject it and propose again.",
                    ["grade"], proposal.Version, "input", "proposalId")],
                proposal);
        }

        customer.Grade = proposal.ToGrade;
        await CreditTerms.ApplyPolicyAsync(w.Db, customer, w.CancellationToken);
        customer.Version++;
        Decide(w, proposal, GradeProposalStatus.Approved, input.Note);
        return MutationPayload.Ok(proposal);
    }

    private static async Task<MutationPayload> RejectAsync(WriteUnit w, DecideGradeProposalInput input)
    {
        var check = new InputCheck();
        check.Text(input.Note, 1000, required: true, "input", "note");
        var (proposal, refused) = await LoadPendingAsync(w, input);
        if (refused is not null)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, proposal);
        }

        Decide(w, proposal!, GradeProposalStatus.Rejected, input.Note);
        return MutationPayload.Ok(proposal);
    }

    /// <summary>The proposal in the caller's scope at the client's version, still PENDING (else INVALID_TRANSITION).</summary>
    private static async Task<(GradeProposal? Proposal, MutationPayload? Refusal)> LoadPendingAsync(WriteUnit w, DecideGradeProposalInput input)
    {
        var (proposal, refused) = await w.FindForStepAsync<GradeProposal>(input.ProposalId, static q => q, p => p.Version, input.Version, "input", "proposalId");
        if (refused is not null)
        {
            return (null, refused);
        }

        return proposal!.Status == GradeProposalStatus.Pending
            ? (proposal, null)
            : (null, MutationPayload.Refused(
                [UserError.InvalidTransition($"The proposal is already {proposal.Status.ToString().ToUpperInvariant()}.", "input", "proposalId")], proposal));
    }

    private static void Decide(WriteUnit w, GradeProposal proposal, GradeProposalStatus status, string? note)
    {
        proposal.Status = status;
        proposal.DecidedById = w.Caller.StaffId;
        proposal.DecidedAt = w.Now;
        proposal.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        proposal.Version++;
    }
}
