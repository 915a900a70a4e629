namespace SalesGraph.Data.Entities;

/// <summary>
/// The KPI measures of one month for one owner rep, region and customer grade, summed from the base tables by
/// <c>KpiFacts</c> so a dashboard reads a few thousand of these instead of a million contracts. The keys are those of
/// the row each measure comes from: the contract's region and owner for sales, invoices, payments and shipments, the
/// customer's for new customers; the grade is always the customer's current one.
/// </summary>
public sealed class KpiMonthlyFact : KpiMonthlyMeasures, IOwnedInRegion
{
    public int OwnerId { get; set; }
}
