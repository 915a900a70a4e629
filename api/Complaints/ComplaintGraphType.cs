using GraphQL.Types;
using SalesGraph.Calendar;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Complaints;

/// <summary>A complaint.</summary>
public sealed class ComplaintGraphType : ObjectGraphType<Complaint>
{
    public ComplaintGraphType()
    {
        Name = "Complaint";
        Description = "A customer's complaint (客户投诉): OPEN → ANSWERED → RESOLVED, FORWARDED to a colleague on the way when needed; " +
            "to be answered within 2 hours of receipt (Complaints:AnswerWithinMinutes).";
        this.NodeId(c => c.Id);
        Field(c => c.Number).Description("Complaint number (TS-year-sequence), unique.");
        Field(c => c.Status).Description("OPEN → ANSWERED → RESOLVED; OPEN or ANSWERED → FORWARDED → ANSWERED.");
        Field(c => c.Category).Description("What it is about.");
        Field(c => c.Severity).Description("How serious it is.");
        Field(c => c.ReceivedAt).Description("When the customer complained (UTC).");
        Field(c => c.ReceivedOn).Description("The business day it was received (the KPI month).");
        Field(c => c.AnswerDueAt).Description("When the answer is due (UTC): receivedAt + Complaints:AnswerWithinMinutes (120) in force when it was logged.");
        Field<NonNullGraphType<BooleanGraphType>>("isAnswerOverdue")
            .Description("Answered after answerDueAt, or not answered and past it (by the business clock).")
            .Resolve(c => ComplaintTimer.IsAnswerOverdue(c.Source, Now(c)));
        Field<IntGraphType>("answerMinutesLeft")
            .Description("Whole minutes until answerDueAt by the business clock, negative when past it; null once answered.")
            .Resolve(c => ComplaintTimer.MinutesLeft(c.Source, Now(c)));
        Field<DecimalGraphType>("minutesToAnswer")
            .Description("Minutes from receipt to the first answer (1 place); null while unanswered. The complaint-response KPI's measure.")
            .Resolve(c => ComplaintTimer.MinutesToAnswer(c.Source.ReceivedAt, c.Source.AnsweredAt));
        Field(c => c.AnsweredAt, nullable: true).Description("When the customer was first answered (UTC).");
        Field(c => c.ForwardedAt, nullable: true).Description("When it was last forwarded (UTC).");
        Field(c => c.ResolvedAt, nullable: true).Description("When it was resolved (UTC).");
        Field(c => c.Description).Description("What the customer says.");
        Field(c => c.Answer, nullable: true).Description("What the customer was last told.");
        Field(c => c.ForwardNote, nullable: true).Description("What the colleague it was forwarded to is asked to do.");
        Field(c => c.Resolution, nullable: true).Description("How it was resolved.");
        Field(c => c.Version).Description("Optimistic concurrency version; send it back with the complaint's steps.");
        Field(c => c.CreatedAt).Description("When it was logged (UTC).");
        Field(c => c.UpdatedAt).Description("When it last changed (UTC).");
        Field<CustomerGraphType>("customer").Description("The customer who complained.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("owner").Description("The customer's owner rep when it came in; the KPI books the complaint to them.").Resolve(c => c.LoadById<Staff>(c.Source.OwnerId));
        Field<StaffGraphType>("loggedBy").Description("Who logged it.").Resolve(c => c.Source.LoggedById is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("answeredBy").Description("Who last answered the customer.").Resolve(c => c.Source.AnsweredById is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("forwardedTo").Description("The colleague it was last forwarded to.").Resolve(c => c.Source.ForwardedToId is { } id ? c.LoadById<Staff>(id) : null);
        Field<StaffGraphType>("resolvedBy").Description("Who resolved it.").Resolve(c => c.Source.ResolvedById is { } id ? c.LoadById<Staff>(id) : null);
    }

    private static DateTime Now(global::GraphQL.IResolveFieldContext c) => c.RequestServices!.GetRequiredService<BusinessCalendar>().UtcNow;
}
