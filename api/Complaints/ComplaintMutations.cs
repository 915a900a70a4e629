using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Complaints;

/// <summary>
/// Complaints (客户投诉): log, answer, forward, resolve. Every step moves the status by <see cref="ComplaintTransitions"/>
/// and bumps the version; the rows are the caller's customers' (a rep's own, a manager's or clerk's region, the director's all).
/// </summary>
public sealed class ComplaintMutations(IOptionsMonitor<ComplaintOptions> options, BusinessCalendar calendar) : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    /// <summary>Clocks of phones and laptops drift; a few minutes ahead of the server is still "now".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>A complaint is logged when it comes in, or soon after: not a week later.</summary>
    private static readonly TimeSpan LatestLogging = TimeSpan.FromDays(7);

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<LogComplaintInputGraphType, LogComplaintInput>(
            "logComplaint", WriteRules.ComplaintHandling,
            "Logs a customer's complaint (OPEN) on a customer in the caller's scope, owned by the customer's rep, its answer due " +
            "Complaints:AnswerWithinMinutes (120) after receipt." + Errors,
            "complaint", typeof(ComplaintGraphType), LogAsync, i => i.IdempotencyKey),
        Step<AnswerComplaintInputGraphType>("answerComplaint",
            "Answers the customer (OPEN or FORWARDED → ANSWERED); the first answer stops the 2-hour timer and is what the KPI measures.", AnswerAsync),
        Step<ForwardComplaintInputGraphType>("forwardComplaint",
            "Forwards an OPEN, ANSWERED or FORWARDED complaint to a colleague (technical, quality, production, finance) to look into (→ FORWARDED); " +
            "forwarding does not stop the timer.", ForwardAsync),
        Step<ResolveComplaintInputGraphType>("resolveComplaint",
            "Resolves an ANSWERED complaint with its resolution (→ RESOLVED); a FORWARDED one is answered first.", ResolveAsync),
    ];

    private static MutationDeclaration<ComplaintStepInput> Step<TInputGraphType>(
        string name, string description, Func<WriteUnit, Complaint, ComplaintStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, ComplaintStepInput>(name, WriteRules.ComplaintHandling, description + Errors, "complaint", typeof(ComplaintGraphType),
            async (w, input) =>
            {
                var (complaint, refusal) = await w.FindForStepAsync<Complaint>(input.ComplaintId, q => q, c => c.Version, input.Version, "input", "complaintId");
                return refusal ?? await step(w, complaint!, input);
            });

    private async Task<MutationPayload> LogAsync(WriteUnit w, LogComplaintInput input)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, "Customer", "input", "customerId");
        check.Text(input.Description, 2000, required: true, "input", "description");
        var receivedAt = input.ReceivedAt?.ToUniversalTime() ?? w.Now;
        check.That(receivedAt <= w.Now + ClockSkew, "The time is in the future.", "input", "receivedAt");
        check.That(receivedAt >= w.Now - LatestLogging, "Log a complaint within 7 days of receiving it.", "input", "receivedAt");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Customer>(customerId!.Value, q => q.AsNoTracking(), "input", "customerId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var receivedOn = calendar.DateOf(receivedAt);
        var complaint = new Complaint
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.Complaints.AsNoTracking(), c => c.Number, "TS", receivedOn.Year, w.CancellationToken),
            CustomerId = found.Entity.Id,
            OwnerId = found.Entity.OwnerId,
            Category = input.Category,
            Severity = input.Severity,
            Description = input.Description!.Trim(),
            Status = ComplaintStatus.Open,
            ReceivedAt = receivedAt,
            ReceivedOn = receivedOn,
            AnswerDueAt = receivedAt.AddMinutes(options.CurrentValue.AnswerWithinMinutes),
            LoggedById = w.Caller.StaffId,
            Version = 1,
            CreatedAt = w.Now,
            UpdatedAt = w.Now,
        };
        w.Db.Complaints.Add(complaint);
        return MutationPayload.Ok(complaint);
    }

    private static Task<MutationPayload> AnswerAsync(WriteUnit w, Complaint complaint, ComplaintStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Answer, 2000, required: true, "input", "answer");
        var answeredAt = input.AnsweredAt?.ToUniversalTime() ?? w.Now;
        check.That(answeredAt >= complaint.ReceivedAt, "The answer is before the complaint was received.", "input", "answeredAt");
        check.That(answeredAt <= w.Now + ClockSkew, "The time is in the future.", "input", "answeredAt");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, complaint));
        }

        if (Refuse(complaint, ComplaintStep.Answer) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        if (complaint.AnsweredAt is null)
        {
            complaint.AnsweredAt = answeredAt;
        }

        complaint.AnsweredById = w.Caller.StaffId;
        complaint.Answer = input.Answer!.Trim();
        return Task.FromResult(Touch(w, complaint, ComplaintStep.Answer));
    }

    private static async Task<MutationPayload> ForwardAsync(WriteUnit w, Complaint complaint, ComplaintStepInput input)
    {
        var check = new InputCheck();
        var toId = check.Id(input.ForwardedToId, "Staff", "input", "forwardedToId");
        check.Text(input.Note, 1000, required: false, "input", "note");
        if (toId is { } id)
        {
            check.That(id != w.Caller.StaffId, "Forward the complaint to a colleague, not to yourself.", "input", "forwardedToId");
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, complaint);
        }

        var colleague = await w.FindInScopeAsync<Staff>(toId!.Value, q => q.AsNoTracking(), "input", "forwardedToId");
        if (colleague.IsMissing)
        {
            return MutationPayload.Refused([colleague.Missing], complaint);
        }

        if (!colleague.Entity.IsActive || colleague.Entity.Role is StaffRole.Admin or StaffRole.BiAnalyst or StaffRole.Integration)
        {
            return MutationPayload.Refused([UserError.Validation("Forward to an active colleague who works with customers.", "input", "forwardedToId")], complaint);
        }

        if (Refuse(complaint, ComplaintStep.Forward) is { } invalid)
        {
            return invalid;
        }

        complaint.ForwardedAt = w.Now;
        complaint.ForwardedToId = colleague.Entity.Id;
        complaint.ForwardNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        return Touch(w, complaint, ComplaintStep.Forward);
    }

    private static Task<MutationPayload> ResolveAsync(WriteUnit w, Complaint complaint, ComplaintStepInput input)
    {
        var check = new InputCheck();
        check.Text(input.Resolution, 2000, required: true, "input", "resolution");
        if (!check.IsValid)
        {
            return Task.FromResult(MutationPayload.Refused(check.Errors, complaint));
        }

        if (Refuse(complaint, ComplaintStep.Resolve) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        complaint.ResolvedAt = w.Now;
        complaint.ResolvedById = w.Caller.StaffId;
        complaint.Resolution = input.Resolution!.Trim();
        return Task.FromResult(Touch(w, complaint, ComplaintStep.Resolve));
    }

    /// <summary>An INVALID_TRANSITION payload when the complaint's status does not allow <paramref name="step"/>; null when it does.</summary>
    private static MutationPayload? Refuse(Complaint complaint, ComplaintStep step) =>
        ComplaintTransitions.Next(complaint.Status, step) is null
            ? MutationPayload.Refused([UserError.InvalidTransition(
                $"A {complaint.Status.ToString().ToUpperInvariant()} complaint cannot {ComplaintTransitions.Verb(step)}" +
                (complaint.Status == ComplaintStatus.Forwarded && step == ComplaintStep.Resolve ? ": answer the customer first." : "."),
                "input", "complaintId")], complaint)
            : null;

    private static MutationPayload Touch(WriteUnit w, Complaint complaint, ComplaintStep step)
    {
        complaint.Status = ComplaintTransitions.Next(complaint.Status, step) ?? throw new InvalidOperationException($"A {complaint.Status} complaint cannot {step}.");
        complaint.Version++;
        complaint.UpdatedAt = w.Now;
        return MutationPayload.Ok(complaint);
    }
}
