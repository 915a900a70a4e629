namespace SalesGraph.Data.Entities;

/// <summary>
/// <see cref="KpiMonthlyFact"/> summed over the reps of a region: what a KPI read uses when it needs no rep (no STAFF
/// key or filter, and a caller who sees whole regions), so a company dashboard reads hundreds of rows, not tens of
/// thousands. Rebuilt from the reps' rows of the region whenever they change.
/// </summary>
public sealed class KpiRegionMonthlyFact : KpiMonthlyMeasures
{
}
