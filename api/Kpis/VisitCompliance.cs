using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.FieldWork;

namespace SalesGraph.Kpis;

/// <summary>The visit-compliance counts of one rep, 大区 and grade: A/B customers with a cadence and those contacted on time.</summary>
public sealed class VisitComplianceMeasures
{
    /// <summary>A/B customers (not lost) with a contact cadence.</summary>
    public int Customers { get; set; }

    /// <summary>Of those, not overdue today (the next contact is due today or later).</summary>
    public int OnTime { get; set; }
}

/// <summary>
/// The visit-compliance KPI (拜访达标率, issue 16 item 2): the share of A/B customers whose last contact was on time by the
/// cadence (decision 020), as of today — a state, not a flow. Read straight from the customers and their activities (as
/// <see cref="ComplaintResponses"/> reads the complaints), in the caller's row scope, booked to the customer's owner rep
/// and 大区 and to the month of today (or the period's last month when the period ended before today); a period that
/// starts after today has none.
/// </summary>
public static class VisitCompliance
{
    /// <summary>One fact per owner rep, 大区 and grade with A/B customers the caller may see, narrowed by the request's filter.</summary>
    public static async Task<List<KpiFact<VisitComplianceMeasures>>> ReadAsync(
        SalesGraphDbContext db, KpiRequest request, DateOnly today, ContactCadenceOptions options, BusinessTimeZone zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(zone);
        if (request.Period.From > today)
        {
            return [];
        }

        var asOf = request.Period.To < today ? request.Period.To : today;
        var startOfToday = zone.StartOf(today);
        var onTime = RowScopes.Via(new ContactCadence(options).DueAt, (DateTime d) => d >= startOfToday);
        var rows = db.Scoped<Customer>(request.Caller).Where(ContactCadence.HasCadence);
        if (request.Filter.RegionId is { } regionId)
        {
            rows = rows.Where(AccessMatrix.InSubtree<Customer>(db.Regions, regionId));
        }

        if (request.Filter.StaffId is { } staffId)
        {
            rows = rows.Where(c => c.OwnerId == staffId);
        }

        if (request.Filter.CustomerGrade is { } grade)
        {
            rows = rows.Where(c => c.Grade == grade);
        }

        var all = await Count(rows, ct);
        var timely = (await Count(rows.Where(onTime), ct)).ToDictionary(g => (g.RegionId, g.OwnerId, g.Grade), g => g.Count);
        return [.. all.Select(g => new KpiFact<VisitComplianceMeasures>
        {
            Year = request.Period.Year,
            RegionId = g.RegionId,
            StaffId = g.OwnerId,
            Month = asOf.Month,
            Grade = g.Grade,
            Measures = new VisitComplianceMeasures { Customers = g.Count, OnTime = timely.GetValueOrDefault((g.RegionId, g.OwnerId, g.Grade)) },
        })];
    }

    private static async Task<List<(int RegionId, int OwnerId, CustomerGrade Grade, int Count)>> Count(IQueryable<Customer> rows, CancellationToken ct) =>
        [.. (await rows
            .GroupBy(c => new { RegionId = c.Region!.ParentId ?? c.RegionId, c.OwnerId, c.Grade })
            .Select(g => new { g.Key.RegionId, g.Key.OwnerId, g.Key.Grade, Count = g.Count() })
            .ToListAsync(ct)).Select(g => (g.RegionId, g.OwnerId, g.Grade, g.Count))];
}
