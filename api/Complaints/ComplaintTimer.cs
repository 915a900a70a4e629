using SalesGraph.Data.Entities;

namespace SalesGraph.Complaints;

/// <summary>
/// The 2-hour answer timer of a complaint, read against the business clock's instant: the one definition of "overdue"
/// and "minutes left" the graph type, the complaints list and the KPI share. Pure.
/// </summary>
public static class ComplaintTimer
{
    /// <summary>
    /// Whether the answer is or was late: answered after <see cref="Complaint.AnswerDueAt"/>, or not answered and
    /// <paramref name="now"/> is past it.
    /// </summary>
    public static bool IsAnswerOverdue(Complaint complaint, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return (complaint.AnsweredAt ?? now) > complaint.AnswerDueAt;
    }

    /// <summary>
    /// Whole minutes until the answer is due, negative once past it (−5: five minutes late), rounded towards the earlier
    /// minute so a countdown never shows time that is not left; null once answered.
    /// </summary>
    public static int? MinutesLeft(Complaint complaint, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.AnsweredAt is null ? (int)Math.Floor((complaint.AnswerDueAt - now).TotalMinutes) : null;
    }

    /// <summary>Minutes from receipt to the first answer; null while unanswered.</summary>
    public static decimal? MinutesToAnswer(DateTime receivedAt, DateTime? answeredAt) =>
        answeredAt is { } at ? decimal.Round((decimal)(at - receivedAt).TotalMinutes, 1, MidpointRounding.AwayFromZero) : null;
}
