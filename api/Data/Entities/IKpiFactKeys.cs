namespace SalesGraph.Data.Entities;

/// <summary>The keys every KPI summary row has: its month, its region and the customers' grade.</summary>
public interface IKpiFactKeys
{
    int Year { get; }

    int Month { get; }

    int RegionId { get; }

    Region? Region { get; }

    CustomerGrade Grade { get; }
}
