namespace SalesGraph.Kpis;

/// <summary>What open invoices add to their <see cref="AgingBucket"/>: what is still open is invoiced minus paid (credit notes' applied amounts included).</summary>
public sealed record AgingMeasures
{
    public decimal Invoiced { get; init; }

    public decimal Paid { get; init; }
}
