using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Querying;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Diary;

/// <summary>
/// The diary's two other reads (decision 027): <c>diaryDraft(day)</c>, the caller's facts of a day as writeDiaryEntry
/// will count them, and <c>missingDiaries(day)</c>, the team's active reps with no entry for the day (a manager's region
/// subtree, the director's all), paged.
/// </summary>
public sealed class DiaryReviewQueries : IQueryFields
{
    private static readonly IReadOnlyList<SortKey<Staff>> ByName = [SortKey<Staff>.Ascending(s => s.EmployeeNumber), SortKey<Staff>.Ascending(s => s.Id)];

    /// <summary>The first day a diary may be asked about: a year back is plenty for the manager's review.</summary>
    private const int DaysBack = 366;

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<DiaryDraftGraphType>>("diaryDraft")
            .Description("The caller's facts of a business day, read from what was logged (the visits and calls, the opportunities moved, the "
                + "contracts drafted and submitted, the complaints answered) and the entry when written: what the diary page proposes.")
            .Argument<DateOnlyGraphType>("day", "The business day; today when omitted; not in the future, at most a year back.")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                var day = Day(c);
                if (caller.StaffId is not { } staffId)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "Only a staff member keeps a diary.");
                }

                var calendar = c.RequestServices!.GetRequiredService<BusinessCalendar>();
                await using var db = c.OpenDb();
                return await DiaryDraft.ReadAsync(db, calendar.Zone, staffId, day, c.CancellationToken);
            });
        query.Connection<object?, StaffGraphType>("missingDiaries")
            .Description("The team's active sales reps (a manager's region subtree, the director's all) with no diary entry for the day, by employee number.")
            .Argument<DateOnlyGraphType>("day", "The business day; today when omitted; not in the future, at most a year back.")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                var day = Day(c);
                string? rootPath = null;
                List<int> written;
                await using (var db = c.OpenDb())
                {
                    if (caller.Role != StaffRole.Director)
                    {
                        rootPath = await db.Regions.Where(r => r.Id == caller.RegionId).Select(r => r.Path).FirstOrDefaultAsync(c.CancellationToken) ?? "\u0000none";
                    }

                    // The entries of one day: one per rep at most, so as many ids as there are reps.
                    written = await db.DiaryEntries.Where(d => d.Day == day).Select(d => d.StaffId).ToListAsync(c.CancellationToken);
                }

                return await c.ReadConnectionAsync(ByName, q => q
                    .Where(s => s.Role == StaffRole.SalesRep && s.IsActive && !written.Contains(s.Id))
                    .Where(s => rootPath == null || (s.Region != null && s.Region.Path.StartsWith(rootPath))));
            });
    }

    private static DateOnly Day(IResolveFieldContext c)
    {
        var today = c.BusinessToday();
        var day = c.GetArgument<DateOnly?>("day") ?? today;
        if (day > today || day < today.AddDays(-DaysBack))
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "day is not in the future and at most a year back.");
        }

        return day;
    }
}
