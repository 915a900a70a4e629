namespace SalesGraph.Data.Entities;

/// <summary>
/// The overdue change of one day: what <see cref="KpiMonthlyMeasures.OverdueChange"/> holds per month, kept per day as
/// well so a balance as of a day inside a month is a sum of stored rows (the month-end balance of the month before
/// plus the month's days up to it, or the month's own end less the days after it).
/// </summary>
public abstract class KpiDailyOverdueMeasures : IKpiRowKeys
{
    public DateOnly On { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public CustomerGrade Grade { get; set; }

    /// <summary>How much the overdue receivables grew on the day (negative when they shrank).</summary>
    public decimal OverdueChange { get; set; }
}

/// <summary>The overdue change of a day for one owner rep, region (the contract's) and customer grade.</summary>
public sealed class KpiDailyOverdueFact : KpiDailyOverdueMeasures, IOwnedInRegion
{
    public int OwnerId { get; set; }
}

/// <summary><see cref="KpiDailyOverdueFact"/> summed over the reps of a region, for reads that need no rep.</summary>
public sealed class KpiRegionDailyOverdueFact : KpiDailyOverdueMeasures
{
}
