using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Activities;

[Collection(SharedApp.Name)]
public sealed class ActivityMutationTests(SalesGraphApp app)
{
    private const string Fields = "activity { id kind subject occurredAt answeredAt staff { id } customer { id } }";
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task RepLogsAComplaintOnOwnCustomerAndAnswersItExactlyOnce()
    {
        var (me, _) = await _w.MeAsync("rep.east.1");
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var logged = await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Fields,
            new { customerId, kind = "COMPLAINT", subject = "到货破损", notes = "两箱外包装破损" });
        Assert.Empty(logged["errors"]!.AsArray());
        var activity = logged["activity"]!;
        Assert.Equal((me, customerId), (activity["staff"]!["id"]!.GetValue<string>(), activity["customer"]!["id"]!.GetValue<string>()));
        Assert.Null(activity["answeredAt"]);
        var id = activity["id"]!.GetValue<string>();

        var answered = await _w.PayloadAsync("support.east", "answerComplaint", "AnswerComplaintInput", Fields, new { activityId = id });
        Assert.Empty(answered["errors"]!.AsArray());
        Assert.NotNull(answered["activity"]!["answeredAt"]);
        var again = await _w.PayloadAsync("rep.east.1", "answerComplaint", "AnswerComplaintInput", Fields, new { activityId = id });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"activityId\"]")], WriteChecks.CodesAndPaths(again));

        var audit = await _w.AuditAsync("Activity", id);
        Assert.Equal([("support.east", "answerComplaint:update"), ("rep.east.1", "logActivity:create")], audit.Select(a => (a.Actor, a.Action)));
        Assert.Contains("AnsweredAt", audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnsweringAVisitIsAnInvalidTransition()
    {
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var visit = await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Fields, new { customerId, kind = "VISIT", subject = "季度拜访" });
        var answer = await _w.PayloadAsync("rep.east.1", "answerComplaint", "AnswerComplaintInput", Fields, new { activityId = visit["activity"]!["id"]!.GetValue<string>() });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"activityId\"]")], WriteChecks.CodesAndPaths(answer));
        Assert.Null(answer["activity"]!["answeredAt"]);
    }

    [Fact]
    public async Task ActivitiesAreLoggedOnlyOnCustomersInScopeByPeopleWhoMayAndWithValidInput()
    {
        var northCustomer = await new ContractScenario(app).CustomerOfAsync("rep.north.1");
        var outOfScope = await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Fields, new { customerId = northCustomer, kind = "CALL", subject = "x" });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(outOfScope));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("finance", "logActivity", "LogActivityInput", Fields, new { customerId = northCustomer, kind = "CALL", subject = "x" })).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("bi", "logActivity", "LogActivityInput", Fields, new { customerId = northCustomer, kind = "CALL", subject = "x" })).ErrorCodes);

        var invalid = await _w.PayloadAsync("rep.north.1", "logActivity", "LogActivityInput", Fields,
            new { customerId = northCustomer, kind = "CALL", subject = " ", occurredAt = DateTime.UtcNow.AddDays(1) });
        Assert.Equal([("VALIDATION", "[\"input\",\"subject\"]"), ("VALIDATION", "[\"input\",\"occurredAt\"]")], WriteChecks.CodesAndPaths(invalid));
    }
}
