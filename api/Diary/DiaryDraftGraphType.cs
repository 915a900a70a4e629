using GraphQL.Types;
using SalesGraph.Activities;
using SalesGraph.Complaints;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.Funnel;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Diary;

/// <summary>The <c>DiaryDraft</c> type.</summary>
public sealed class DiaryDraftGraphType : ObjectGraphType<DiaryDraft>
{
    public DiaryDraftGraphType()
    {
        Name = "DiaryDraft";
        Description = "What the rep did on a business day, read from what was logged: the facts writeDiaryEntry will store (counts exact; "
            + $"at most {DiaryDraft.ListLimit} items of each kind listed), and the day's entry when there is one.";
        Field(d => d.Day).Description("The business day.");
        Field<NonNullGraphType<BooleanGraphType>>("isWritable").Description("Whether an entry for this day may still be written (today or the previous business day).")
            .Resolve(c => DiaryDays.IsWritable(c.Source.Day, Calendar.CalendarResolveContextExtensions.BusinessToday(c)));
        Field(d => d.VisitCount).Description("Visits the rep logged that day.");
        Field(d => d.CallCount).Description("Calls the rep logged that day.");
        Field(d => d.DealsMovedCount).Description("The rep's opportunities that changed stage that day (their last move).");
        Field(d => d.ContractsDraftedCount).Description("Contracts the rep drafted that day.");
        Field(d => d.ContractsSubmittedCount).Description("Contracts the rep submitted that day.");
        Field(d => d.ComplaintsAnsweredCount).Description("Complaints the rep first answered that day.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("visits").Description("The visits, in time order.").Resolve(c => c.Source.Visits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("calls").Description("The calls, in time order.").Resolve(c => c.Source.Calls);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpportunityGraphType>>>>("dealsMoved").Description("The opportunities moved, in time order.").Resolve(c => c.Source.DealsMoved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractGraphType>>>>("contractsDrafted").Description("The contracts drafted.")
            .Resolve(c => c.Source.ContractsDrafted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractGraphType>>>>("contractsSubmitted").Description("The contracts submitted.")
            .Resolve(c => c.Source.ContractsSubmitted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintGraphType>>>>("complaintsAnswered").Description("The complaints answered, in time order.").Resolve(c => c.Source.ComplaintsAnswered);
        Field<StaffGraphType>("staff").Description("The rep.").Resolve(c => c.LoadById<Staff>(c.Source.StaffId));
        Field<DiaryEntryGraphType>("entry").Description("The rep's entry for the day, when written.")
            .ResolveAsync(async c =>
            {
                await using var db = c.OpenDb();
                return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                    db.DiaryEntries.Where(d => d.StaffId == c.Source.StaffId && d.Day == c.Source.Day), c.CancellationToken);
            });
    }
}
