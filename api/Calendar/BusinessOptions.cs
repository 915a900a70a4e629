namespace SalesGraph.Calendar;

/// <summary>The <c>Business</c> configuration section: how the sales organization keeps time.</summary>
public sealed class BusinessOptions
{
    /// <summary>The section's name.</summary>
    public const string Section = "Business";

    /// <summary>
    /// The time zone whose dates are business dates (signing, invoicing, due dates, KPI months and days): an IANA id,
    /// <see cref="BusinessTimeZone.DefaultId"/> by default. Validated at start-up.
    /// </summary>
    public string TimeZone { get; set; } = BusinessTimeZone.DefaultId;
}
