namespace SalesGraph.Kpis;

/// <summary>
/// What happens in a period besides sales, as the monthly summary rows hold it: a query sets the measures it reads
/// (one each on the base tables, all at once on the summary rows), the others stay 0.
/// </summary>
public sealed record FlowMeasures
{
    /// <summary>Payments received (<see cref="KpiMeasures.Collected"/>).</summary>
    public decimal Collected { get; init; }

    /// <summary>Invoices falling due (<see cref="KpiMeasures.FallingDue"/>).</summary>
    public decimal FallingDue { get; init; }

    /// <summary>How much the overdue receivables grew (negative when they shrank; <see cref="OverdueEvents"/>).</summary>
    public decimal OverdueChange { get; init; }

    /// <summary>Customers whose first contract falls in the period (<see cref="KpiMeasures.NewCustomers"/>).</summary>
    public int NewCustomers { get; init; }

    /// <summary>Shipments shipped, not cancelled (<see cref="KpiMeasures.Shipments"/>).</summary>
    public int Shipments { get; init; }

    /// <summary>Of those, the ones on time (<see cref="KpiFacts.OnTime"/>, counted with <see cref="KpiMeasures.Shipments"/>).</summary>
    public int OnTimeShipments { get; init; }

    /// <summary>Credit notes for returned goods (<see cref="KpiMeasures.Returns"/>).</summary>
    public decimal Returned { get; init; }

    /// <summary>Invoices issued, not void (<see cref="KpiMeasures.Invoiced"/>).</summary>
    public decimal Invoiced { get; init; }

    /// <summary>How much the open receivables grew (negative when they shrank; <see cref="OverdueEvents"/> from the issue day).</summary>
    public decimal ReceivableChange { get; init; }
}
