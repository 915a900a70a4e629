using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// The funnel KPI's sums (商机: opportunitiesCreated, opportunitiesWon, opportunitiesLost, funnelWinRate, pipelineAmount),
/// grouped in SQL straight from the opportunities rather than a summary table: a period holds a few thousand of them for
/// the whole company, read through the indexes on the day created, the day closed and the stage. Scoped like the
/// customers they are on; booked to the opportunity's owner rep and the 大区 and grade of its customer. Each measure is
/// booked in the month of its own day: created in the month created, won and lost in the month closed, the open
/// pipeline in the month it is expected to close (so the pipeline of a period is what is still open and expected then).
/// </summary>
public static class FunnelFacts
{
    /// <summary>The three grouped reads for the request, one after the other on <paramref name="db"/>.</summary>
    public static async Task<List<KpiFact<FunnelMeasures>>> ReadAsync(SalesGraphDbContext db, KpiRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var (from, to) = (request.Period.From, request.Period.To);
        var rows = Scoped(db, request.Caller, request.Filter);
        var created = request.Group(rows.Where(o => o.CreatedOn >= from && o.CreatedOn <= to), o => new KpiFact<FunnelMeasures>
        {
            RegionId = KpiRegions.TopLevelRegionId.Apply(o.Customer!.Region, o.Customer.RegionId), StaffId = o.OwnerId,
            Month = o.CreatedOn.Month, Grade = o.Customer.Grade,
            Measures = new FunnelMeasures { Created = 1 },
        });
        var closed = request.Group(
            rows.Where(o => o.ClosedOn >= from && o.ClosedOn <= to && (o.Stage == OpportunityStage.Won || o.Stage == OpportunityStage.Lost)),
            o => new KpiFact<FunnelMeasures>
            {
                RegionId = KpiRegions.TopLevelRegionId.Apply(o.Customer!.Region, o.Customer.RegionId), StaffId = o.OwnerId,
                Month = o.ClosedOn!.Value.Month, Grade = o.Customer.Grade,
                Measures = new FunnelMeasures
                {
                    Won = o.Stage == OpportunityStage.Won ? 1 : 0,
                    WonAmount = o.Stage == OpportunityStage.Won ? o.ExpectedAmount : 0,
                    Lost = o.Stage == OpportunityStage.Lost ? 1 : 0,
                },
            });
        var open = request.Group(
            rows.Where(o => (o.Stage == OpportunityStage.Lead || o.Stage == OpportunityStage.Intention || o.Stage == OpportunityStage.Quote)
                && o.ExpectedCloseOn >= from && o.ExpectedCloseOn <= to),
            o => new KpiFact<FunnelMeasures>
            {
                RegionId = KpiRegions.TopLevelRegionId.Apply(o.Customer!.Region, o.Customer.RegionId), StaffId = o.OwnerId,
                Month = o.ExpectedCloseOn.Month, Grade = o.Customer.Grade,
                Measures = new FunnelMeasures { Pipeline = o.ExpectedAmount, Open = 1 },
            });
        List<KpiFact<FunnelMeasures>> facts = [.. await created.ToListAsync(ct), .. await closed.ToListAsync(ct), .. await open.ToListAsync(ct)];
        return facts;
    }

    /// <summary>The opportunities the caller may see, narrowed by the filter: region and grade through the customer, rep as owner.</summary>
    public static IQueryable<Opportunity> Scoped(SalesGraphDbContext db, Caller caller, KpiFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = db.Scoped<Opportunity>(caller);
        if (filter.RegionId is { } regionId)
        {
            rows = rows.Where(RowScopes.Via((Opportunity o) => o.Customer!, AccessMatrix.InSubtree<Customer>(db.Regions, regionId)));
        }

        if (filter.StaffId is { } staffId)
        {
            rows = rows.Where(o => o.OwnerId == staffId);
        }

        if (filter.CustomerGrade is { } grade)
        {
            rows = rows.Where(o => o.Customer!.Grade == grade);
        }

        return rows;
    }
}
