using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Activities;

/// <summary>Input of <c>logActivity</c>. The staff member is the caller: nobody logs activities in another's name.</summary>
public sealed record LogActivityInput
{
    public string CustomerId { get; init; } = "";
    public ActivityKind Kind { get; init; }
    public string Subject { get; init; } = "";
    public string? Notes { get; init; }
    public DateTime? OccurredAt { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>LogActivityInput</c> input type.</summary>
public sealed class LogActivityInputGraphType : InputObjectGraphType<LogActivityInput>
{
    public LogActivityInputGraphType()
    {
        Name = "LogActivityInput";
        Description = "A visit or call on a customer in the caller's scope, logged by the caller (complaints: logComplaint).";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Kind).Description("Visit or call; COMPLAINT is refused (use logComplaint).");
        Field(i => i.Subject).Description("Short subject, 1–200 characters.");
        Field(i => i.Notes, nullable: true).Description("Notes, at most 2000 characters.");
        Field(i => i.OccurredAt, nullable: true).Description("When it happened (UTC); default now; not in the future.");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first activity (for retries from the field).");
    }
}
