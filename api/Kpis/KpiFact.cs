using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// One grouped sum as SQL returns it: the keys grouped by (0 or null when not grouped) and up to three amounts and
/// three counts whose meaning depends on the query (see <see cref="KpiSources"/> and <see cref="KpiFacts"/>).
/// </summary>
public sealed class KpiFact
{
    public int Year { get; set; }

    public int RegionId { get; set; }

    public int StaffId { get; set; }

    public int Month { get; set; }

    /// <summary>The day of the month, for the daily overdue changes only.</summary>
    public int Day { get; set; }

    public string? ProductLine { get; set; }

    public CustomerGrade? Grade { get; set; }

    public decimal Amount { get; set; }

    public decimal Amount2 { get; set; }

    public decimal Amount3 { get; set; }

    public int Count { get; set; }

    public int Count2 { get; set; }

    public int Count3 { get; set; }
}
