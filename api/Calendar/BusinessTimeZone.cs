namespace SalesGraph.Calendar;

/// <summary>
/// The time zone the sales organization works in: turns an instant (UTC) into the business date it falls on, and a
/// business date and wall-clock time into an instant. Pure (no clock): the demo generator uses it with a fixed "today",
/// <see cref="BusinessCalendar"/> with the app's clock.
/// </summary>
public sealed class BusinessTimeZone
{
    /// <summary>The zone of the demo company and the default of <c>Business:TimeZone</c>.</summary>
    public const string DefaultId = "Asia/Shanghai";

    private BusinessTimeZone(TimeZoneInfo zone) => Zone = zone;

    /// <summary>The default zone, <see cref="DefaultId"/>.</summary>
    public static BusinessTimeZone Default { get; } = FromId(DefaultId);

    /// <summary>The IANA (or Windows) zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The zone's id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string Id => Zone.Id;

    /// <summary>The zone named <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No such zone on this machine.</exception>
    public static BusinessTimeZone FromId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        try
        {
            return new BusinessTimeZone(TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{id}' (an IANA id such as {DefaultId}).", nameof(id), ex);
        }
    }

    /// <summary>Whether <paramref name="id"/> names a zone this machine knows.</summary>
    public static bool IsKnown(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The business date on which the instant <paramref name="utc"/> falls.</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(LocalTime(utc));

    /// <summary>The wall-clock time in the zone at the instant <paramref name="utc"/>.</summary>
    public DateTime LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// The instant (UTC) of <paramref name="timeOfDay"/> on the business date <paramref name="day"/>. A wall-clock time
    /// that a daylight-saving jump skips is read as the same time after the jump.
    /// </summary>
    public DateTime ToUtc(DateOnly day, TimeSpan timeOfDay)
    {
        var local = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay), DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>The first instant (UTC) of the business date <paramref name="day"/>.</summary>
    public DateTime StartOf(DateOnly day) => ToUtc(day, TimeSpan.Zero);
}
