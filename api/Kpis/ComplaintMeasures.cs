namespace SalesGraph.Kpis;

/// <summary>
/// One complaint received in the period, as the complaint-response KPI (投诉响应时长) reads it: a median is not a sum, so
/// these facts are per complaint, not grouped (<see cref="ComplaintResponses"/>).
/// </summary>
public sealed class ComplaintMeasures
{
    /// <summary>Minutes from receipt to the first answer; null while unanswered.</summary>
    public decimal? MinutesToAnswer { get; set; }

    /// <summary>Whether the first answer came by the answer due time.</summary>
    public bool AnsweredInTime { get; set; }
}
