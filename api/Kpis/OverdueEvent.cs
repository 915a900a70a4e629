using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>A change of the overdue balance on a day, with the keys of the contract it belongs to (see <see cref="OverdueEvents"/>).</summary>
public sealed class OverdueEvent
{
    /// <summary>The contract's region (a 片区 or a 大区).</summary>
    public int RegionId { get; set; }

    public int OwnerId { get; set; }

    public CustomerGrade Grade { get; set; }

    public DateOnly On { get; set; }

    public decimal Amount { get; set; }
}
