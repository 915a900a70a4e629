using SalesGraph.Calendar;

namespace SalesGraph.UnitTests.Calendar;

public sealed class BusinessCalendarTests
{
    [Theory]
    [InlineData("2026-03-31T15:59:59Z", "2026-03-31")]
    [InlineData("2026-03-31T16:00:00Z", "2026-04-01")]
    [InlineData("2026-03-31T23:30:00Z", "2026-04-01")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    public void TodayIsTheDateInShanghaiNotInUtc(string utc, string expected)
    {
        var calendar = new BusinessCalendar(new Frozen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)), BusinessTimeZone.Default);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), calendar.Today);
        Assert.Equal(DateTimeKind.Utc, calendar.UtcNow.Kind);
    }

    [Fact]
    public void ABusinessTimeOfDayIsEightHoursBeforeUtcInShanghai()
    {
        var zone = BusinessTimeZone.Default;

        Assert.Equal(new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc), zone.ToUtc(new DateOnly(2026, 4, 1), new TimeSpan(7, 30, 0)));
        Assert.Equal(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc), zone.StartOf(new DateOnly(2026, 4, 1)));
        Assert.Equal(new DateOnly(2026, 4, 1), zone.DateOf(zone.ToUtc(new DateOnly(2026, 4, 1), new TimeSpan(23, 59, 0))));
    }

    [Fact]
    public void AnotherZoneMovesTheDayBoundaryAndHandlesDaylightSaving()
    {
        var newYork = BusinessTimeZone.FromId("America/New_York");

        // 23:30 UTC on 31 March is still 31 March in New York (EDT, UTC-4).
        Assert.Equal(new DateOnly(2026, 3, 31), newYork.DateOf(new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc)));
        // 02:30 on 8 March 2026 does not exist there (clocks jump from 02:00 to 03:00): read as 03:30 EDT.
        Assert.Equal(new DateTime(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc), newYork.ToUtc(new DateOnly(2026, 3, 8), new TimeSpan(2, 30, 0)));
    }

    [Fact]
    public void AnUnknownZoneIsRefusedAtStartUp()
    {
        var validator = new BusinessOptionsValidator();

        Assert.True(validator.Validate(null, new BusinessOptions()).Succeeded);
        var refused = validator.Validate(null, new BusinessOptions { TimeZone = "Mars/Olympus_Mons" });
        Assert.True(refused.Failed);
        Assert.Contains("Business:TimeZone", refused.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BusinessTimeZone.FromId("Mars/Olympus_Mons"));
    }

    private sealed class Frozen(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
