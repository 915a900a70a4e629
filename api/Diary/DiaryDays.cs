namespace SalesGraph.Diary;

/// <summary>
/// Which business days a diary entry may be written for (decision 027): today, or the previous business day (Monday to
/// Friday; the calendar has no holidays yet), so a rep who forgot on Friday may write it on Monday morning.
/// </summary>
public static class DiaryDays
{
    /// <summary>Monday to Friday.</summary>
    public static bool IsBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The last business day before <paramref name="day"/>.</summary>
    public static DateOnly PreviousBusinessDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!IsBusinessDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    /// <summary>Whether an entry for <paramref name="day"/> may be written on <paramref name="today"/>.</summary>
    public static bool IsWritable(DateOnly day, DateOnly today) => day == today || day == PreviousBusinessDay(today);
}
