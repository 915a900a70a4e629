namespace SalesGraph.Kpis;

/// <summary>The grouped sums the KPIs are computed from, one list per query.</summary>
public sealed record KpiSources
{
    /// <summary>Contracts signed in the period (by signing month): agreed total, list total, cost total; count of contracts.</summary>
    public IReadOnlyList<KpiFact> Sales { get; init; } = [];

    /// <summary>Payments received in the period (by month received): amount.</summary>
    public IReadOnlyList<KpiFact> Collected { get; init; } = [];

    /// <summary>Invoices falling due in the period (by due month): amount.</summary>
    public IReadOnlyList<KpiFact> FallingDue { get; init; } = [];

    /// <summary>
    /// Open receivables past due at an as-of date: invoiced amount, minus paid amount (by the month whose end is the
    /// as-of date, when rows are by month or quarter).
    /// </summary>
    public IReadOnlyList<KpiFact> Overdue { get; init; } = [];

    /// <summary>
    /// The months whose end (or today) overdue receivables were computed as of — every month (or quarter-end month) row
    /// up to today, or the period's last month for other rows; rows outside get null rather than a balance of zero.
    /// </summary>
    public IReadOnlyCollection<int> OverdueMonths { get; init; } = [];

    /// <summary>Customers whose first contract falls in the period (by month): count.</summary>
    public IReadOnlyList<KpiFact> NewCustomers { get; init; } = [];

    /// <summary>Customers whose first contract was before the period (no month): count.</summary>
    public IReadOnlyList<KpiFact> CustomersAtStart { get; init; } = [];

    /// <summary>Shipments shipped in the period (by month shipped): count.</summary>
    public IReadOnlyList<KpiFact> Shipments { get; init; } = [];

    /// <summary>Of those, the ones shipped within the on-time window after a payment: count.</summary>
    public IReadOnlyList<KpiFact> OnTimeShipments { get; init; } = [];

    /// <summary>Monthly sales targets of the period (by month): amount.</summary>
    public IReadOnlyList<KpiFact> Targets { get; init; } = [];
}
