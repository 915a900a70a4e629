using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Diary;

/// <summary>A diary entry.</summary>
public sealed class DiaryEntryGraphType : ObjectGraphType<DiaryEntry>
{
    public DiaryEntryGraphType()
    {
        Name = "DiaryEntry";
        Description = "A rep's sales diary (销售日记 / 日报) for one business day: the day's facts, counted by the server from what the rep logged "
            + "that day when the entry was last written (see diaryDraft), and the rep's summary and tomorrow's plan.";
        this.NodeId(d => d.Id);
        Field(d => d.Day).Description("The business day the entry is for.");
        Field(d => d.VisitsMade).Description("Visits (拜访) the rep logged that day.");
        Field(d => d.CallsMade).Description("Calls (电话) the rep logged that day.");
        Field(d => d.DealsMoved).Description("The rep's opportunities (商机) that changed stage that day.");
        Field(d => d.ContractsDrafted).Description("Contracts the rep drafted that day.");
        Field(d => d.ContractsSubmitted).Description("Contracts the rep submitted for approval that day.");
        Field(d => d.ComplaintsAnswered).Description("Complaints the rep first answered that day.");
        Field(d => d.Summary).Description("The rep's summary of the day (今日总结).");
        Field(d => d.TomorrowPlan).Description("The rep's plan for the next business day (明日计划).");
        Field(d => d.Version).Description("Optimistic concurrency version; send it back with writeDiaryEntry to update.");
        Field(d => d.CreatedAt).Description("When it was first written (UTC).");
        Field(d => d.UpdatedAt).Description("When it last changed (UTC).");
        Field<StaffGraphType>("staff").Description("The rep who wrote it.").Resolve(c => c.LoadById<Staff>(c.Source.StaffId));
    }
}
