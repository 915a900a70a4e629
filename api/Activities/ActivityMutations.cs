using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Activities;

/// <summary>Follow-up on customers (拜访/跟进): log visits and calls. Complaints have their own feature (api/Complaints).</summary>
public sealed class ActivityMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    /// <summary>Clocks of phones and laptops drift; a few minutes ahead of the server is still "now".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<LogActivityInputGraphType, LogActivityInput>(
            "logActivity", WriteRules.CustomerFollowUp,
            "Logs a visit or call on a customer in the caller's scope (director, manager, rep, support); complaints go through logComplaint (kind COMPLAINT is a VALIDATION error)." + Errors,
            "activity", typeof(ActivityGraphType), LogAsync, i => i.IdempotencyKey),
    ];

    private static async Task<MutationPayload> LogAsync(WriteUnit w, LogActivityInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        check.That(input.Kind != ActivityKind.Complaint, "Log a complaint with logComplaint: it has an answer timer and a workflow.", "input", "kind");
        check.Text(input.Subject, 200, required: true, "input", "subject");
        check.Text(input.Notes, 2000, required: false, "input", "notes");
        check.That(input.OccurredAt is not { } at || at.ToUniversalTime() <= w.Now + ClockSkew, "The time is in the future.", "input", "occurredAt");
        if (w.Caller.StaffId is null)
        {
            check.Add(UserError.Validation("Only staff members log activities.", "input"));
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if ((await w.FindInScopeAsync<Customer>(customerId!.Value, q => q.AsNoTracking(), "input", "customerId")).Missing is { } missing)
        {
            return MutationPayload.Refused([missing]);
        }

        var activity = new Activity
        {
            CustomerId = customerId!.Value,
            StaffId = w.Caller.StaffId!.Value,
            Kind = input.Kind,
            OccurredAt = input.OccurredAt?.ToUniversalTime() ?? w.Now,
            Subject = input.Subject.Trim(),
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
        };
        w.Db.Activities.Add(activity);
        return MutationPayload.Ok(activity);
    }
}
