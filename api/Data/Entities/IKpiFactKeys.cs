namespace SalesGraph.Data.Entities;

/// <summary>The keys every KPI summary row has: its region and the customers' grade.</summary>
public interface IKpiRowKeys : IInRegion
{
    int RegionId { get; }

    CustomerGrade Grade { get; }
}

/// <summary>The keys of a monthly KPI summary row: its month, its region and the customers' grade.</summary>
public interface IKpiFactKeys : IKpiRowKeys
{
    int Year { get; }

    int Month { get; }
}
