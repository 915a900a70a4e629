using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Funnel;

/// <summary>The funnel (商机): create an opportunity, move it through the stages; WON drafts its contract in the same write.</summary>
public sealed class OpportunityMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateOpportunityInputGraphType, CreateOpportunityInput>(
            "createOpportunity", WriteRules.Opportunities,
            "Creates an opportunity (LEAD) on a customer in the caller's scope, owned by the customer's rep." + Errors,
            "opportunity", typeof(OpportunityGraphType), CreateAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<MoveOpportunityInputGraphType, MoveOpportunityInput>(
            "moveOpportunity", WriteRules.Opportunities,
            "Moves an opportunity: among LEAD, INTENTION and QUOTE either way; to LOST with a reason; to WON only from QUOTE, with the contract's " +
            "lines, which creates the DRAFT contract (as createContract, same checks and error paths) in the same write." + Errors,
            "opportunity", typeof(OpportunityGraphType), MoveAsync),
    ];

    private static async Task<MutationPayload> CreateAsync(WriteUnit w, CreateOpportunityInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        check.Text(input.Title, 200, required: true, "input", "title");
        check.Money(input.ExpectedAmount, allowZero: false, "input", "expectedAmount");
        check.That(input.ExpectedCloseOn >= w.Today, "The expected close date is in the past.", "input", "expectedCloseOn");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Customer>(customerId!.Value, q => q.AsNoTracking(), "input", "customerId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var opportunity = new Opportunity
        {
            CustomerId = found.Entity.Id,
            OwnerId = found.Entity.OwnerId,
            Title = input.Title!.Trim(),
            Stage = OpportunityStage.Lead,
            FurthestStage = OpportunityStage.Lead,
            CreatedOn = w.Today,
            ExpectedAmount = input.ExpectedAmount,
            ExpectedCloseOn = input.ExpectedCloseOn,
            Source = input.Source ?? found.Entity.Source,
            StageChangedAt = w.Now,
            Version = 1,
            CreatedAt = w.Now,
            UpdatedAt = w.Now,
        };
        w.Db.Opportunities.Add(opportunity);
        return MutationPayload.Ok(opportunity);
    }

    private static async Task<MutationPayload> MoveAsync(WriteUnit w, MoveOpportunityInput input)
    {
        var (opportunity, refusal) = await w.FindForStepAsync<Opportunity>(input.OpportunityId, q => q, o => o.Version, input.Version, "input", "opportunityId");
        if (refusal is not null)
        {
            return refusal;
        }

        var check = new InputCheck();
        if (input.Stage == OpportunityStage.Lost)
        {
            check.Text(input.LostReason, 1000, required: true, "input", "lostReason");
        }

        if (input.Stage != OpportunityStage.Won && input.Lines is not null)
        {
            check.Add(UserError.Validation("Lines go with a move to WON only.", "input", "lines"));
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, opportunity);
        }

        if (!OpportunityTransitions.Allows(opportunity!.Stage, input.Stage))
        {
            var why = input.Stage == OpportunityStage.Won && OpportunityTransitions.IsOpen(opportunity.Stage) ? ": only a QUOTE is won." : ".";
            return MutationPayload.Refused([UserError.InvalidTransition(
                $"An opportunity at {Upper(opportunity.Stage)} cannot move to {Upper(input.Stage)}{why}", "input", "stage")], opportunity);
        }

        if (input.Stage == OpportunityStage.Won)
        {
            var drafted = await ContractMutations.CreateAsync(w, new CreateContractInput
            {
                CustomerId = GlobalId.Encode("Customer", opportunity.CustomerId),
                Lines = input.Lines ?? [],
            });
            if (!drafted.Succeeded)
            {
                return MutationPayload.Refused(drafted.Errors, opportunity);
            }

            opportunity.Contract = (Contract)drafted.Entity!;
        }

        opportunity.Stage = input.Stage;
        opportunity.FurthestStage = OpportunityTransitions.Furthest(opportunity.FurthestStage, input.Stage);
        opportunity.LostReason = input.Stage == OpportunityStage.Lost ? input.LostReason!.Trim() : null;
        opportunity.ClosedOn = OpportunityTransitions.IsOpen(input.Stage) ? null : w.Today;
        opportunity.StageChangedAt = w.Now;
        opportunity.Version++;
        opportunity.UpdatedAt = w.Now;
        return MutationPayload.Ok(opportunity);
    }

    private static string Upper(OpportunityStage stage) => stage.ToString().ToUpperInvariant();
}
