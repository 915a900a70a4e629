using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// Where a base row's measures are booked: the region, rep and customer grade of its contract (or of the customer
/// itself). Only built inside query expressions (<see cref="KpiMeasure{TRow, TMeasures}"/>), where reading a member of
/// it reads the column it was built from.
/// </summary>
public sealed class KpiBooking
{
    /// <summary>Booked to a contract: its region, its owner, its customer's grade.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Contract, KpiBooking>> OfContract = c => new KpiBooking
    {
        RegionId = c.RegionId, Region = c.Region, OwnerId = c.OwnerId, Grade = c.Customer!.Grade,
    };

    /// <summary>Booked to a customer: its region, its owner, its grade.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Customer, KpiBooking>> OfCustomer = c => new KpiBooking
    {
        RegionId = c.RegionId, Region = c.Region, OwnerId = c.OwnerId, Grade = c.Grade,
    };

    /// <summary>The region (a 片区 or a 大区) the row is booked in.</summary>
    public int RegionId { get; init; }

    public Region? Region { get; init; }

    public int OwnerId { get; init; }

    public CustomerGrade Grade { get; init; }
}
