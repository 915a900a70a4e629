using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Activities;

[Collection(SharedApp.Name)]
public sealed class ActivityMutationTests(SalesGraphApp app)
{
    private const string Fields = "activity { id kind subject occurredAt answeredAt staff { id } customer { id } }";
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task RepLogsAVisitOnOwnCustomerInOwnName()
    {
        var (me, _) = await _w.MeAsync("rep.east.1");
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var logged = await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", Fields, new { customerId, kind = "VISIT", subject = "季度拜访", notes = "确认下季度需求" });
        Assert.Empty(logged["errors"]!.AsArray());
        var activity = logged["activity"]!;
        Assert.Equal((me, customerId, "VISIT"), (activity["staff"]!["id"]!.GetValue<string>(), activity["customer"]!["id"]!.GetValue<string>(), activity["kind"]!.GetValue<string>()));
        var audit = await _w.AuditAsync("Activity", activity["id"]!.GetValue<string>());
        Assert.Equal([("rep.east.1", "logActivity:create")], audit.Select(a => (a.Actor, a.Action)));
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
