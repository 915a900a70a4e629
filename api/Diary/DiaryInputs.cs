using GraphQL.Types;

namespace SalesGraph.Diary;

/// <summary>Input of <c>writeDiaryEntry</c>. The rep is the caller; the facts are counted by the server.</summary>
public sealed record WriteDiaryEntryInput
{
    public DateOnly? Day { get; init; }
    public int? Version { get; init; }
    public string? Summary { get; init; }
    public string? TomorrowPlan { get; init; }
}

/// <summary>The <c>WriteDiaryEntryInput</c> input type.</summary>
public sealed class WriteDiaryEntryInputGraphType : InputObjectGraphType<WriteDiaryEntryInput>
{
    public WriteDiaryEntryInputGraphType()
    {
        Name = "WriteDiaryEntryInput";
        Description = "The caller's diary entry (销售日记) for a business day: created, or updated when it exists. The day's facts are counted by the server.";
        Field(i => i.Day, nullable: true).Description("The business day: today (the default) or the previous business day.");
        Field(i => i.Version, nullable: true).Description("To update an existing entry: the version the client read; missing or stale is a CONFLICT.");
        Field(i => i.Summary, type: typeof(NonNullGraphType<StringGraphType>)).Description("The summary of the day (今日总结), 1–4000 characters.");
        Field(i => i.TomorrowPlan, type: typeof(NonNullGraphType<StringGraphType>)).Description("The plan for the next business day (明日计划), 1–2000 characters.");
    }
}
