using GraphQL.Types;

namespace SalesGraph.Statements;

/// <summary>Input of <c>generateStatements</c>.</summary>
public sealed record GenerateStatementsInput
{
    public int Year { get; init; }
    public int Month { get; init; }
}

/// <summary>The <c>GenerateStatementsInput</c> input type.</summary>
public sealed class GenerateStatementsInputGraphType : InputObjectGraphType<GenerateStatementsInput>
{
    public GenerateStatementsInputGraphType()
    {
        Name = "GenerateStatementsInput";
        Description = "The month to generate statements for: a past month, or the current one (as of today).";
        Field(i => i.Year).Description("The year, 2000–9999.");
        Field(i => i.Month).Description("The month, 1–12.");
    }
}

/// <summary>The answer a customer gave to a statement.</summary>
public enum StatementResponse
{
    [System.ComponentModel.Description("The customer agrees with the balance (确认无误).")]
    Confirmed,

    [System.ComponentModel.Description("The customer disputes it (有异议): say what in the note.")]
    Disputed,
}

/// <summary>Input of <c>recordStatementResponse</c>.</summary>
public sealed record RecordStatementResponseInput
{
    public string StatementId { get; init; } = "";
    public StatementResponse Response { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>StatementResponse</c> enum type.</summary>
public sealed class StatementResponseGraphType : EnumerationGraphType<StatementResponse>
{
    public StatementResponseGraphType()
    {
        Name = "StatementResponse";
        Description = "The customer's answer to a statement.";
    }
}

/// <summary>The <c>RecordStatementResponseInput</c> input type.</summary>
public sealed class RecordStatementResponseInputGraphType : InputObjectGraphType<RecordStatementResponseInput>
{
    public RecordStatementResponseInputGraphType()
    {
        Name = "RecordStatementResponseInput";
        Description = "The customer's answer to a statement, as the rep or the region's clerk records it.";
        Field(i => i.StatementId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The statement's global id.");
        Field(i => i.Response, type: typeof(NonNullGraphType<StatementResponseGraphType>)).Description("CONFIRMED or DISPUTED.");
        Field(i => i.Note, nullable: true).Description("What the customer disputes (required for DISPUTED), or a note with the confirmation; at most 1000 characters.");
        Field(i => i.Version, nullable: true).Description("The statement's version the client read; a stale one is CONFLICT.");
    }
}
