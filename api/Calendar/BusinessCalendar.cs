using Microsoft.Extensions.Options;

namespace SalesGraph.Calendar;

/// <summary>
/// The one source of "now" and "today" (docs/decisions/015-business-calendar.md): the app's <see cref="TimeProvider"/>
/// read in the configured business time zone (<c>Business:TimeZone</c>). Writes stamp <see cref="UtcNow"/> and date
/// business events by <see cref="Today"/>; KPIs, aging, invoices' days overdue, seeding and start-up read the same
/// <see cref="Today"/>, so a contract signed at 07:30 on 1 April in Shanghai (23:30 UTC on 31 March) is an April
/// contract everywhere.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly TimeProvider _clock;

    /// <summary>A calendar over <paramref name="clock"/> in <paramref name="zone"/>.</summary>
    public BusinessCalendar(TimeProvider clock, BusinessTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        _clock = clock;
        Zone = zone;
    }

    /// <summary>The calendar of the app: its clock and the <c>Business</c> section's zone.</summary>
    public BusinessCalendar(TimeProvider clock, IOptions<BusinessOptions> options)
        : this(clock, BusinessTimeZone.FromId((options ?? throw new ArgumentNullException(nameof(options))).Value.TimeZone))
    {
    }

    /// <summary>The business time zone.</summary>
    public BusinessTimeZone Zone { get; }

    /// <summary>Now, as a UTC <see cref="DateTime"/> (what timestamps store).</summary>
    public DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    /// <summary>Today in the business time zone.</summary>
    public DateOnly Today => Zone.DateOf(UtcNow);

    /// <summary>The business date of the instant <paramref name="utc"/>.</summary>
    public DateOnly DateOf(DateTime utc) => Zone.DateOf(utc);
}
