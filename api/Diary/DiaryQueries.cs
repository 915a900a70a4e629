using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Diary;

/// <summary>
/// The <c>diaryEntries</c> and <c>diaryEntry(id:)</c> root fields: a rep's own entries, a manager's region's team, the
/// director's all (the manager's view of a day: where: { day: { eq: "…" } }).
/// </summary>
public sealed class DiaryQueries() : EntityQueries<DiaryEntry, DiaryEntryGraphType>(
    "DiaryEntry", "diaryEntries", "diaryEntry",
    "Sales diary entries (销售日记) in the caller's scope: a rep's own, a manager's region's team, the director's all; filter by day and staff, order e.g. by day.");
