using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Complaints;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// The complaint-response KPI's facts (docs/domain.md: 投诉响应时长, median minutes to answer and share answered within 2
/// hours), read straight from the complaints of the period rather than a summary table: a median cannot be summed, and a
/// period holds one row per complaint (hundreds a month for the whole company), indexed by the day received. Scoped
/// like the customers they are on; booked to the complaint's owner rep and the 大区 of its customer, in the month of the
/// business day received.
/// </summary>
public static class ComplaintResponses
{
    /// <summary>One fact per complaint received in the request's period that the caller may see, narrowed by its filter.</summary>
    public static async Task<List<KpiFact<ComplaintMeasures>>> ReadAsync(SalesGraphDbContext db, KpiRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var (year, from, to) = (request.Period.Year, request.Period.From, request.Period.To);
        var rows = db.Scoped<Complaint>(request.Caller).Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        if (request.Filter.RegionId is { } regionId)
        {
            rows = rows.Where(RowScopes.Via((Complaint c) => c.Customer!, AccessMatrix.InSubtree<Customer>(db.Regions, regionId)));
        }

        if (request.Filter.StaffId is { } staffId)
        {
            rows = rows.Where(c => c.OwnerId == staffId);
        }

        if (request.Filter.CustomerGrade is { } grade)
        {
            rows = rows.Where(c => c.Customer!.Grade == grade);
        }

        var read = await rows
            .Select(c => new
            {
                RegionId = c.Customer!.Region!.ParentId ?? c.Customer.RegionId,
                c.OwnerId,
                c.ReceivedOn,
                c.Customer.Grade,
                c.ReceivedAt,
                c.AnsweredAt,
                c.AnswerDueAt,
            })
            .ToListAsync(ct);
        return [.. read.Select(c => new KpiFact<ComplaintMeasures>
        {
            Year = year,
            RegionId = c.RegionId,
            StaffId = c.OwnerId,
            Month = c.ReceivedOn.Month,
            Grade = c.Grade,
            Measures = new ComplaintMeasures
            {
                MinutesToAnswer = ComplaintTimer.MinutesToAnswer(c.ReceivedAt, c.AnsweredAt),
                AnsweredInTime = c.AnsweredAt is { } at && at <= c.AnswerDueAt,
            },
        })];
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count, 1 place); null when empty.</summary>
    public static decimal? Median(IReadOnlyCollection<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return decimal.Round(median, 1, MidpointRounding.AwayFromZero);
    }
}
