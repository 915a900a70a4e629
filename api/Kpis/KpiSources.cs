namespace SalesGraph.Kpis;

/// <summary>
/// The grouped sums the KPIs are computed from, one list per measure: each list's rows are read for the measure it is
/// named after (a flow row in <see cref="Collected"/> adds its <see cref="FlowMeasures.Collected"/>, and so on).
/// </summary>
public sealed record KpiSources
{
    /// <summary>Contracts signed in the period (by signing month).</summary>
    public IReadOnlyList<KpiFact<SalesMeasures>> Sales { get; init; } = [];

    /// <summary>Payments received in the period (by month received): <see cref="FlowMeasures.Collected"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> Collected { get; init; } = [];

    /// <summary>Invoices falling due in the period (by due month): <see cref="FlowMeasures.FallingDue"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> FallingDue { get; init; } = [];

    /// <summary>
    /// Open receivables past due at an as-of date (by the month whose end is the as-of date, when rows are by month or
    /// quarter).
    /// </summary>
    public IReadOnlyList<KpiFact<OverdueMeasures>> Overdue { get; init; } = [];

    /// <summary>
    /// The months whose end (or today) overdue receivables were computed as of — every month (or quarter-end month) row
    /// up to today, or the period's last month for other rows; rows outside get null rather than a balance of zero.
    /// </summary>
    public IReadOnlyCollection<int> OverdueMonths { get; init; } = [];

    /// <summary>Customers whose first contract falls in the period (by month): <see cref="FlowMeasures.NewCustomers"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> NewCustomers { get; init; } = [];

    /// <summary>Customers whose first contract was before the period (no month): <see cref="FlowMeasures.NewCustomers"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> CustomersAtStart { get; init; } = [];

    /// <summary>Shipments shipped in the period (by month shipped): <see cref="FlowMeasures.Shipments"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> Shipments { get; init; } = [];

    /// <summary>Of those, the ones shipped within the on-time window after a payment: <see cref="FlowMeasures.OnTimeShipments"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> OnTimeShipments { get; init; } = [];

    /// <summary>Credit notes for returned goods issued in the period (by month issued): <see cref="FlowMeasures.Returned"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> Returns { get; init; } = [];

    /// <summary>Complaints received in the period, one fact each (by month received): <see cref="ComplaintResponses"/>.</summary>
    public IReadOnlyList<KpiFact<ComplaintMeasures>> Complaints { get; init; } = [];

    /// <summary>The funnel's sums (<see cref="FunnelFacts"/>): created, won and lost, and the open pipeline expected to close.</summary>
    public IReadOnlyList<KpiFact<FunnelMeasures>> Funnel { get; init; } = [];

    /// <summary>A/B customers and those contacted on time by the cadence, as of today (<see cref="VisitCompliance"/>).</summary>
    public IReadOnlyList<KpiFact<VisitComplianceMeasures>> VisitCompliance { get; init; } = [];

    /// <summary>Invoices issued in the period, not void (by month issued): <see cref="FlowMeasures.Invoiced"/>.</summary>
    public IReadOnlyList<KpiFact<FlowMeasures>> Invoiced { get; init; } = [];

    /// <summary>Open receivables (past due or not) at the as-of dates of <see cref="Overdue"/>, labelled the same way.</summary>
    public IReadOnlyList<KpiFact<OverdueMeasures>> Receivables { get; init; } = [];

    /// <summary>
    /// For each month of <see cref="OverdueMonths"/>: the days from the start of its row's period (the month, the quarter or
    /// the whole period) to its as-of date, both included — DSO's days.
    /// </summary>
    public IReadOnlyDictionary<int, int> DaysToAsOf { get; init; } = new Dictionary<int, int>();

    /// <summary>Monthly sales targets of the period (by month).</summary>
    public IReadOnlyList<KpiFact<TargetMeasures>> Targets { get; init; } = [];
}
