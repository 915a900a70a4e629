using Microsoft.EntityFrameworkCore;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Diary;

/// <summary>
/// What a rep did on one business day, read from what was logged (decision 027): visits and calls the rep logged
/// (<see cref="Activity.StaffId"/>, by <see cref="Activity.OccurredAt"/>), the rep's opportunities that changed stage that
/// day (their last move), the contracts the rep created and submitted (<see cref="ContractEvent"/>s by the rep), and the
/// complaints the rep first answered. The day runs from 00:00 to 24:00 in the business time zone.
/// </summary>
/// <param name="StaffId">The rep.</param>
/// <param name="Day">The business day.</param>
/// <param name="Visits">The visits the rep logged that day.</param>
/// <param name="Calls">The calls the rep logged that day.</param>
/// <param name="DealsMoved">The rep's opportunities whose last stage move was that day.</param>
/// <param name="ContractsDrafted">The contracts the rep created that day.</param>
/// <param name="ContractsSubmitted">The contracts the rep submitted that day.</param>
/// <param name="ComplaintsAnswered">The complaints the rep first answered that day.</param>
public sealed record DiaryDraft(int StaffId, DateOnly Day, IReadOnlyList<Activity> Visits, IReadOnlyList<Activity> Calls,
    IReadOnlyList<Opportunity> DealsMoved, IReadOnlyList<Contract> ContractsDrafted, IReadOnlyList<Contract> ContractsSubmitted, IReadOnlyList<Complaint> ComplaintsAnswered)
{
    /// <summary>At most this many items of each kind are listed; the counts are exact.</summary>
    public const int ListLimit = 100;

    public int VisitCount { get; init; }
    public int CallCount { get; init; }
    public int DealsMovedCount { get; init; }
    public int ContractsDraftedCount { get; init; }
    public int ContractsSubmittedCount { get; init; }
    public int ComplaintsAnsweredCount { get; init; }

    /// <summary>Reads the day's facts of <paramref name="staffId"/>; not scoped: the caller is the rep, or the server for its own entry.</summary>
    public static async Task<DiaryDraft> ReadAsync(SalesGraphDbContext db, BusinessTimeZone zone, int staffId, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zone);
        var (from, to) = (zone.StartOf(day), zone.StartOf(day.AddDays(1)));
        var activities = db.Activities.AsNoTracking().Where(a => a.StaffId == staffId && a.OccurredAt >= from && a.OccurredAt < to);
        var visits = activities.Where(a => a.Kind == ActivityKind.Visit);
        var calls = activities.Where(a => a.Kind == ActivityKind.Call);
        var moved = db.Opportunities.AsNoTracking().Where(o => o.OwnerId == staffId && o.StageChangedAt >= from && o.StageChangedAt < to && o.Version > 1);
        var events = db.ContractEvents.AsNoTracking().Where(e => e.ActorId == staffId && e.At >= from && e.At < to);
        var drafted = db.Contracts.AsNoTracking().Where(k => events.Any(e => e.ContractId == k.Id && e.Kind == ContractEventKind.Created));
        var submitted = db.Contracts.AsNoTracking().Where(k => events.Any(e => e.ContractId == k.Id && e.Kind == ContractEventKind.Submitted));
        var answered = db.Complaints.AsNoTracking().Where(c => c.AnsweredById == staffId && c.AnsweredAt >= from && c.AnsweredAt < to);
        return new DiaryDraft(staffId, day,
            await visits.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Take(ListLimit).ToListAsync(ct),
            await calls.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Take(ListLimit).ToListAsync(ct),
            await moved.OrderBy(o => o.StageChangedAt).ThenBy(o => o.Id).Take(ListLimit).ToListAsync(ct),
            await drafted.OrderBy(k => k.Id).Take(ListLimit).ToListAsync(ct),
            await submitted.OrderBy(k => k.Id).Take(ListLimit).ToListAsync(ct),
            await answered.OrderBy(c => c.AnsweredAt).ThenBy(c => c.Id).Take(ListLimit).ToListAsync(ct))
        {
            VisitCount = await visits.CountAsync(ct),
            CallCount = await calls.CountAsync(ct),
            DealsMovedCount = await moved.CountAsync(ct),
            ContractsDraftedCount = await drafted.CountAsync(ct),
            ContractsSubmittedCount = await submitted.CountAsync(ct),
            ComplaintsAnsweredCount = await answered.CountAsync(ct),
        };
    }

    /// <summary>Copies the counts onto <paramref name="entry"/>.</summary>
    public void CopyTo(DiaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.VisitsMade = VisitCount;
        entry.CallsMade = CallCount;
        entry.DealsMoved = DealsMovedCount;
        entry.ContractsDrafted = ContractsDraftedCount;
        entry.ContractsSubmitted = ContractsSubmittedCount;
        entry.ComplaintsAnswered = ComplaintsAnsweredCount;
    }
}
