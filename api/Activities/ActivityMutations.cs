using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Activities;

/// <summary>Follow-up on customers (拜访/跟进/投诉): log visits, calls and complaints; answer complaints.</summary>
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
            "Logs a visit, call or complaint on a customer in the caller's scope (director, manager, rep, support)." + Errors,
            "activity", typeof(ActivityGraphType), LogAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<AnswerComplaintInputGraphType, AnswerComplaintInput>(
            "answerComplaint", WriteRules.CustomerFollowUp,
            "Records the answer time of a complaint on a customer in the caller's scope; INVALID_TRANSITION when the " +
            "activity is not a complaint or was already answered." + Errors,
            "activity", typeof(ActivityGraphType), AnswerAsync),
    ];

    private static async Task<MutationPayload> LogAsync(WriteUnit w, LogActivityInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
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

    private static async Task<MutationPayload> AnswerAsync(WriteUnit w, AnswerComplaintInput input)
    {
        var check = new InputCheck();
        var id = check.Id(input.ActivityId, "Activity", "input", "activityId");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Activity>(id!.Value, "input", "activityId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var activity = found.Entity;

        if (activity.Kind != ActivityKind.Complaint)
        {
            return MutationPayload.Refused([UserError.InvalidTransition($"A {activity.Kind} is not a complaint: there is nothing to answer.", "input", "activityId")], activity);
        }

        if (activity.AnsweredAt is not null)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("The complaint was already answered.", "input", "activityId")], activity);
        }

        var answeredAt = input.AnsweredAt?.ToUniversalTime() ?? w.Now;
        check.That(answeredAt >= activity.OccurredAt, "The answer is before the complaint.", "input", "answeredAt");
        check.That(answeredAt <= w.Now + ClockSkew, "The time is in the future.", "input", "answeredAt");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, activity);
        }

        activity.AnsweredAt = answeredAt;
        return MutationPayload.Ok(activity);
    }
}
