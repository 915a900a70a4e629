namespace SalesGraph.Data.Entities;

/// <summary>The keys and measures of a month that <see cref="KpiMonthlyFact"/> and <see cref="KpiRegionMonthlyFact"/> share.</summary>
public abstract class KpiMonthlyMeasures : IKpiFactKeys
{
    public int Year { get; set; }

    public int Month { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public CustomerGrade Grade { get; set; }

    /// <summary>Agreed totals of the contracts counted in sales, by signing month.</summary>
    public decimal SalesAmount { get; set; }

    public decimal ListTotal { get; set; }

    public decimal CostTotal { get; set; }

    public int ContractCount { get; set; }

    /// <summary>Payments received in the month.</summary>
    public decimal CollectedAmount { get; set; }

    /// <summary>Invoices falling due in the month.</summary>
    public decimal ReceivablesDue { get; set; }

    /// <summary>
    /// How much the overdue receivables grew during the month (negative when they shrank): the balance at a month's end
    /// is the sum of this over every month up to it. A change rather than the balance itself, so months without any
    /// write stay right as time passes, and a month that has not ended yet already holds what falls overdue in it.
    /// </summary>
    public decimal OverdueChange { get; set; }

    /// <summary>Customers whose first contract falls in the month.</summary>
    public int NewCustomers { get; set; }

    /// <summary>Shipments (not cancelled) shipped in the month.</summary>
    public int ShipmentCount { get; set; }

    public int OnTimeShipments { get; set; }

    /// <summary>Credit notes for returned goods issued in the month (kept apart from <see cref="SalesAmount"/>, the gross figure).</summary>
    public decimal ReturnsAmount { get; set; }

    /// <summary>Invoices (not void) issued in the month: what was billed, the denominator of DSO.</summary>
    public decimal InvoicedAmount { get; set; }

    /// <summary>
    /// How much the open receivables (past due or not) grew during the month, negative when they shrank: the balance at
    /// a month's end, the numerator of DSO, is the sum of this over every month up to it (<see cref="Kpis.OverdueEvents"/>
    /// counted from the issue day).
    /// </summary>
    public decimal ReceivableChange { get; set; }
}
