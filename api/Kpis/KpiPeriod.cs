using SalesGraph.GraphQL.Errors;

namespace SalesGraph.Kpis;

/// <summary>
/// The period KPIs are computed for: a calendar year, quarter or month (inclusive dates). Periods never cross a year, so
/// month and quarter keys are unambiguous.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Quarter">The quarter (1–4) when the period is a quarter or a month.</param>
/// <param name="Month">The month (1–12) when the period is a month.</param>
public sealed record KpiPeriod(int Year, int? Quarter = null, int? Month = null)
{
    /// <summary>The first day of the period.</summary>
    public DateOnly From => Month is { } m ? new DateOnly(Year, m, 1) : Quarter is { } q ? new DateOnly(Year, (q * 3) - 2, 1) : new DateOnly(Year, 1, 1);

    /// <summary>The last day of the period.</summary>
    public DateOnly To => Month is not null ? From.AddMonths(1).AddDays(-1) : Quarter is not null ? From.AddMonths(3).AddDays(-1) : new DateOnly(Year, 12, 31);

    /// <summary>The months (1–12) the period covers.</summary>
    public IEnumerable<int> Months => Enumerable.Range(From.Month, To.Month - From.Month + 1);

    /// <summary>
    /// The period of an input: a year, optionally narrowed to a quarter or a month (a month must lie in the quarter when
    /// both are given); no input means the current year.
    /// </summary>
    /// <exception cref="CodedExecutionError">VALIDATION when the values are out of range.</exception>
    public static KpiPeriod Of(int? year, int? quarter, int? month, DateOnly today)
    {
        var y = year ?? today.Year;
        if (y is < 2000 or > 2100)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "period.year must be between 2000 and 2100.");
        }

        if (quarter is < 1 or > 4)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "period.quarter must be between 1 and 4.");
        }

        if (month is < 1 or > 12)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "period.month must be between 1 and 12.");
        }

        if (month is { } m && quarter is { } q && (m + 2) / 3 != q)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "period.month does not lie in period.quarter.");
        }

        return new KpiPeriod(y, quarter ?? (month is { } mm ? (mm + 2) / 3 : null), month);
    }
}
