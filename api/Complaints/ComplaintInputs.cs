using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Complaints;

/// <summary>Input of <c>logComplaint</c>. The owner rep follows from the customer; the logger is the caller.</summary>
public sealed record LogComplaintInput
{
    public string CustomerId { get; init; } = "";
    public ComplaintCategory Category { get; init; }
    public ComplaintSeverity Severity { get; init; }
    public string? Description { get; init; }
    public DateTime? ReceivedAt { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>LogComplaintInput</c> input type.</summary>
public sealed class LogComplaintInputGraphType : InputObjectGraphType<LogComplaintInput>
{
    public LogComplaintInputGraphType()
    {
        Name = "LogComplaintInput";
        Description = "A customer's complaint (投诉), OPEN, with its answer due within Complaints:AnswerWithinMinutes (120) of receipt.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Category).Description("What it is about.");
        Field(i => i.Severity).Description("How serious it is.");
        Field(i => i.Description, type: typeof(NonNullGraphType<StringGraphType>)).Description("What the customer says, 1–2000 characters.");
        Field(i => i.ReceivedAt, nullable: true).Description("When the customer complained (UTC); default now; not in the future, at most 7 days ago.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first complaint instead of a duplicate.");
    }
}

/// <summary>Input of the complaint steps (answer, forward, resolve).</summary>
public sealed record ComplaintStepInput
{
    public string ComplaintId { get; init; } = "";
    public int? Version { get; init; }
    public string? Answer { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public string? ForwardedToId { get; init; }
    public string? Note { get; init; }
    public string? Resolution { get; init; }
}

/// <summary>An input type of one complaint step; each step has its own, so steps can grow apart.</summary>
public abstract class ComplaintStepInputGraphType : InputObjectGraphType<ComplaintStepInput>
{
    protected ComplaintStepInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(i => i.ComplaintId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The complaint's global id.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
    }
}

/// <summary><c>AnswerComplaintInput</c>.</summary>
public sealed class AnswerComplaintInputGraphType : ComplaintStepInputGraphType
{
    public AnswerComplaintInputGraphType()
        : base("AnswerComplaintInput", "Answers the customer of an OPEN or FORWARDED complaint.")
    {
        Field(i => i.Answer, type: typeof(NonNullGraphType<StringGraphType>)).Description("What the customer was told, 1–2000 characters.");
        Field(i => i.AnsweredAt, nullable: true).Description("When the customer was answered (UTC); default now; not before the complaint was received, not in the future.");
    }
}

/// <summary><c>ForwardComplaintInput</c>.</summary>
public sealed class ForwardComplaintInputGraphType : ComplaintStepInputGraphType
{
    public ForwardComplaintInputGraphType()
        : base("ForwardComplaintInput", "Forwards an OPEN, ANSWERED or FORWARDED complaint to a colleague to look into.")
    {
        Field(i => i.ForwardedToId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The colleague's (active staff member's) global id; not the caller.");
        Field(i => i.Note, nullable: true).Description("What the colleague is asked to do, at most 1000 characters.");
    }
}

/// <summary><c>ResolveComplaintInput</c>.</summary>
public sealed class ResolveComplaintInputGraphType : ComplaintStepInputGraphType
{
    public ResolveComplaintInputGraphType()
        : base("ResolveComplaintInput", "Resolves an ANSWERED complaint.")
    {
        Field(i => i.Resolution, type: typeof(NonNullGraphType<StringGraphType>)).Description("How it was resolved, 1–2000 characters.");
    }
}
