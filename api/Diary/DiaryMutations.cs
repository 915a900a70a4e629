using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Diary;

/// <summary>The sales diary (销售日记): a rep writes the entry of today or of the previous business day, once per day, updated by version.</summary>
public sealed class DiaryMutations(BusinessCalendar calendar) : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, CONFLICT) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<WriteDiaryEntryInputGraphType, WriteDiaryEntryInput>(
            "writeDiaryEntry", WriteRules.Diary,
            "Writes the caller's diary entry for today or the previous business day (another day is VALIDATION): creates it, or updates " +
            "the summary and plan of the existing one (its version required). Either way the day's facts (visits, calls, deals moved, " +
            "contracts drafted and submitted, complaints answered) are counted again from what the caller logged that day." + Errors,
            "entry", typeof(DiaryEntryGraphType), WriteAsync),
    ];

    private async Task<MutationPayload> WriteAsync(WriteUnit w, WriteDiaryEntryInput input)
    {
        var day = input.Day ?? w.Today;
        var check = new InputCheck();
        check.That(DiaryDays.IsWritable(day, w.Today),
            $"A diary entry is written for today ({w.Today:yyyy-MM-dd}) or the previous business day ({DiaryDays.PreviousBusinessDay(w.Today):yyyy-MM-dd}).", "input", "day");
        check.Text(input.Summary, 4000, required: true, "input", "summary");
        check.Text(input.TomorrowPlan, 2000, required: true, "input", "tomorrowPlan");
        check.That(w.Caller.StaffId is not null, "Only a staff member keeps a diary.", "input");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var staffId = w.Caller.StaffId!.Value;
        var entry = await w.Db.DiaryEntries.FirstOrDefaultAsync(d => d.StaffId == staffId && d.Day == day, w.CancellationToken);
        if (entry is not null && await w.StaleAsync(entry, entry.Version, input.Version ?? 0) is { } stale)
        {
            return stale;
        }

        var draft = await DiaryDraft.ReadAsync(w.Db, calendar.Zone, staffId, day, w.CancellationToken);
        if (entry is null)
        {
            entry = new DiaryEntry
            {
                StaffId = staffId,
                Day = day,
                Summary = "",
                TomorrowPlan = "",
                Version = 0,
                CreatedAt = w.Now,
            };
            w.Db.DiaryEntries.Add(entry);
        }

        draft.CopyTo(entry);
        entry.Summary = input.Summary!.Trim();
        entry.TomorrowPlan = input.TomorrowPlan!.Trim();
        entry.Version++;
        entry.UpdatedAt = w.Now;
        return MutationPayload.Ok(entry);
    }
}
