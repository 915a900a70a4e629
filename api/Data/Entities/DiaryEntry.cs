namespace SalesGraph.Data.Entities;

/// <summary>
/// A rep's sales diary (销售日记 / 日报) for one business day: the day's facts, counted by the server from what the rep
/// logged that day when the entry is written (decision 027), and the rep's own summary and tomorrow's plan. One per rep
/// and day; rows are scoped through the rep (own for a rep, the region's team for its manager, all for the director).
/// </summary>
public sealed class DiaryEntry : IHasId
{
    public int Id { get; set; }
    public int StaffId { get; set; }
    public Staff? Staff { get; set; }

    /// <summary>The business day the entry is for.</summary>
    public DateOnly Day { get; set; }

    public int VisitsMade { get; set; }
    public int CallsMade { get; set; }
    public int DealsMoved { get; set; }
    public int ContractsDrafted { get; set; }
    public int ContractsSubmitted { get; set; }
    public int ComplaintsAnswered { get; set; }
    public required string Summary { get; set; }
    public required string TomorrowPlan { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
