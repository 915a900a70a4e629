using SalesGraph.Complaints;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.UnitTests.Complaints;

/// <summary>The complaint timer, the workflow table and the KPI's median, without a host.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly DateTime Received = new(2026, 4, 1, 1, 0, 0, DateTimeKind.Utc);

    private static Complaint Complaint(DateTime? answeredAt = null) => new()
    {
        Number = "TS-2026-000001", Description = "x", ReceivedAt = Received, AnswerDueAt = Received.AddHours(2), AnsweredAt = answeredAt,
    };

    [Fact]
    public void TheCountdownFloorsToWholeMinutesGoesNegativeWhenLateAndStopsOnceAnswered()
    {
        Assert.Equal(120, ComplaintTimer.MinutesLeft(Complaint(), Received));
        Assert.Equal(89, ComplaintTimer.MinutesLeft(Complaint(), Received.AddMinutes(30).AddSeconds(1)));
        Assert.Equal(0, ComplaintTimer.MinutesLeft(Complaint(), Received.AddHours(2)));
        Assert.Equal(-1, ComplaintTimer.MinutesLeft(Complaint(), Received.AddHours(2).AddSeconds(1)));
        Assert.Null(ComplaintTimer.MinutesLeft(Complaint(Received.AddMinutes(5)), Received.AddHours(5)));
    }

    [Fact]
    public void OverdueIsUnansweredPastTheDueTimeOrAnsweredAfterIt()
    {
        Assert.False(ComplaintTimer.IsAnswerOverdue(Complaint(), Received.AddHours(2)));
        Assert.True(ComplaintTimer.IsAnswerOverdue(Complaint(), Received.AddHours(2).AddSeconds(1)));
        Assert.False(ComplaintTimer.IsAnswerOverdue(Complaint(Received.AddHours(2)), Received.AddDays(3)));
        Assert.True(ComplaintTimer.IsAnswerOverdue(Complaint(Received.AddMinutes(121)), Received.AddMinutes(121)));
        Assert.Equal(90.5m, ComplaintTimer.MinutesToAnswer(Received, Received.AddSeconds(5430)));
        Assert.Null(ComplaintTimer.MinutesToAnswer(Received, null));
    }

    [Theory]
    [InlineData(ComplaintStatus.Open, ComplaintStep.Answer, ComplaintStatus.Answered)]
    [InlineData(ComplaintStatus.Open, ComplaintStep.Forward, ComplaintStatus.Forwarded)]
    [InlineData(ComplaintStatus.Answered, ComplaintStep.Forward, ComplaintStatus.Forwarded)]
    [InlineData(ComplaintStatus.Forwarded, ComplaintStep.Forward, ComplaintStatus.Forwarded)]
    [InlineData(ComplaintStatus.Forwarded, ComplaintStep.Answer, ComplaintStatus.Answered)]
    [InlineData(ComplaintStatus.Answered, ComplaintStep.Resolve, ComplaintStatus.Resolved)]
    [InlineData(ComplaintStatus.Open, ComplaintStep.Resolve, null)]
    [InlineData(ComplaintStatus.Forwarded, ComplaintStep.Resolve, null)]
    [InlineData(ComplaintStatus.Answered, ComplaintStep.Answer, null)]
    [InlineData(ComplaintStatus.Resolved, ComplaintStep.Answer, null)]
    [InlineData(ComplaintStatus.Resolved, ComplaintStep.Forward, null)]
    [InlineData(ComplaintStatus.Resolved, ComplaintStep.Resolve, null)]
    public void TheWorkflowAnswersBeforeItResolvesAndNothingLeavesResolved(ComplaintStatus from, ComplaintStep step, ComplaintStatus? to) =>
        Assert.Equal(to, ComplaintTransitions.Next(from, step));

    [Fact]
    public void TheMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo()
    {
        Assert.Null(ComplaintResponses.Median([]));
        Assert.Equal(30m, ComplaintResponses.Median([170m, 20m, 30m]));
        Assert.Equal(100m, ComplaintResponses.Median([170m, 30m]));
        Assert.Equal(12.5m, ComplaintResponses.Median([10m, 15m, 12m, 13m]));
    }
}
