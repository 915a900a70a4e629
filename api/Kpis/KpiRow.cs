namespace SalesGraph.Kpis;

/// <summary>One row of KPIs: its group keys, the summed amounts and the rates computed from them.</summary>
public sealed record KpiRow
{
    public required KpiKey Key { get; init; }

    public decimal SalesAmount { get; init; }

    public decimal ListTotal { get; init; }

    public decimal CostTotal { get; init; }

    public int ContractCount { get; init; }

    public decimal? Target { get; init; }

    public decimal? AchievementRate { get; init; }

    public decimal? CollectedAmount { get; init; }

    public decimal? ReceivablesDue { get; init; }

    public decimal? CollectionRate { get; init; }

    public decimal? OverdueReceivables { get; init; }

    /// <summary>Invoices issued in the period (not void); null when split by product line.</summary>
    public decimal? InvoicedAmount { get; init; }

    /// <summary>Open receivables (past due or not) as of the row's as-of date, a balance like <see cref="OverdueReceivables"/>.</summary>
    public decimal? ReceivablesOutstanding { get; init; }

    /// <summary>The days of the row's period up to its as-of date (DSO's days).</summary>
    public int? DaysInPeriod { get; init; }

    /// <summary>DSO: <see cref="ReceivablesOutstanding"/> ÷ <see cref="InvoicedAmount"/> × <see cref="DaysInPeriod"/> (<see cref="KpiCalculator.Dso"/>).</summary>
    public decimal? DaysSalesOutstanding { get; init; }

    public int? NewCustomers { get; init; }

    public int? CustomersAtStart { get; init; }

    public decimal? NewCustomerRate { get; init; }

    public decimal? AverageDiscountRate { get; init; }

    public decimal? GrossMargin { get; init; }

    public int? ShipmentCount { get; init; }

    public int? OnTimeShipments { get; init; }

    /// <summary>Credit notes for returned goods issued in the period; null when split by product line.</summary>
    public decimal? ReturnsAmount { get; init; }

    /// <summary>Sales amount less returns; null when split by product line.</summary>
    public decimal? NetSalesAmount { get; init; }

    public decimal? OnTimeShipmentRate { get; init; }

    /// <summary>Complaints received in the period; null when split by product line.</summary>
    public int? ComplaintCount { get; init; }

    public int? ComplaintsAnswered { get; init; }

    public int? ComplaintsAnsweredInTime { get; init; }

    /// <summary>Answered within the window ÷ received.</summary>
    public decimal? ComplaintResponseRate { get; init; }

    /// <summary>The median minutes from receipt to first answer of the answered ones.</summary>
    public decimal? MedianMinutesToAnswer { get; init; }

    /// <summary>Opportunities (商机) created in the period; null when split by product line.</summary>
    public int? OpportunitiesCreated { get; init; }

    /// <summary>Opportunities won in the period.</summary>
    public int? OpportunitiesWon { get; init; }

    /// <summary>Σ expected amount of those won.</summary>
    public decimal? WonOpportunityAmount { get; init; }

    /// <summary>Opportunities lost in the period.</summary>
    public int? OpportunitiesLost { get; init; }

    /// <summary>Won ÷ (won + lost).</summary>
    public decimal? FunnelWinRate { get; init; }

    /// <summary>Open opportunities expected to close in the period.</summary>
    public int? OpenOpportunities { get; init; }

    /// <summary>Σ expected amount of those.</summary>
    public decimal? PipelineAmount { get; init; }

    /// <summary>A/B customers with a contact cadence, as of today; null when split by product line.</summary>
    public int? CadenceCustomers { get; init; }

    /// <summary>Of those, contacted on time (not overdue today).</summary>
    public int? ContactedOnTime { get; init; }

    /// <summary>拜访达标率: contactedOnTime ÷ cadenceCustomers.</summary>
    public decimal? VisitCompliance { get; init; }
}
