using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Complaints;

/// <summary>
/// Complaints (客户投诉) through the API as the demo accounts handle them: a rep logs one on an own customer, it is
/// answered, forwarded, answered again and resolved; who may see and step it per role; stale versions, bad input and
/// wrong steps refused with their codes and paths.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ComplaintTests(SalesGraphApp app)
{
    private const string Fields =
        "complaint { id number status category severity description receivedAt answerDueAt isAnswerOverdue answerMinutesLeft minutesToAnswer " +
        "answeredAt answer forwardedAt forwardNote resolvedAt resolution version customer { id } owner { id } loggedBy { id } forwardedTo { id } }";

    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task RepLogsAComplaintItIsAnsweredForwardedAnsweredAgainAndResolvedEachStepAudited()
    {
        var (rep, _) = await _w.MeAsync("rep.east.1");
        var (manager, _) = await _w.MeAsync("manager.east");
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var logged = await _w.PayloadAsync("rep.east.1", "logComplaint", "LogComplaintInput", Fields,
            new { customerId, category = "QUALITY", severity = "HIGH", description = "  到货有三台外壳开裂  " });
        Assert.Empty(logged["errors"]!.AsArray());
        var complaint = logged["complaint"]!;
        Assert.Equal(("OPEN", "QUALITY", "HIGH", "到货有三台外壳开裂", 1), (Text(complaint, "status"), Text(complaint, "category"), Text(complaint, "severity"),
            Text(complaint, "description"), complaint["version"]!.GetValue<int>()));
        Assert.StartsWith($"TS-{app.Today.Year}-", Text(complaint, "number"), StringComparison.Ordinal);
        Assert.Equal((customerId, rep, rep), (Text(complaint["customer"]!, "id"), Text(complaint["owner"]!, "id"), Text(complaint["loggedBy"]!, "id")));
        Assert.Equal(Time(complaint, "receivedAt").AddHours(2), Time(complaint, "answerDueAt"));
        Assert.False(complaint["isAnswerOverdue"]!.GetValue<bool>());
        Assert.InRange(complaint["answerMinutesLeft"]!.GetValue<int>(), 118, 120);
        Assert.Null(complaint["minutesToAnswer"]);
        var id = Text(complaint, "id");

        var answered = await _w.PayloadAsync("rep.east.1", "answerComplaint", "AnswerComplaintInput", Fields,
            new { complaintId = id, version = 1, answer = "已电话致歉，明日上门检查" });
        Assert.Empty(answered["errors"]!.AsArray());
        Assert.Equal(("ANSWERED", 2), (Text(answered["complaint"]!, "status"), answered["complaint"]!["version"]!.GetValue<int>()));
        Assert.Null(answered["complaint"]!["answerMinutesLeft"]);
        Assert.False(answered["complaint"]!["isAnswerOverdue"]!.GetValue<bool>());
        var firstAnswer = Time(answered["complaint"]!, "answeredAt");

        var forwarded = await _w.PayloadAsync("rep.east.1", "forwardComplaint", "ForwardComplaintInput", Fields,
            new { complaintId = id, version = 2, forwardedToId = manager, note = "请质检部门复核批次" });
        Assert.Empty(forwarded["errors"]!.AsArray());
        Assert.Equal(("FORWARDED", manager, "请质检部门复核批次"), (Text(forwarded["complaint"]!, "status"), Text(forwarded["complaint"]!["forwardedTo"]!, "id"), Text(forwarded["complaint"]!, "forwardNote")));

        var tooEarly = await _w.PayloadAsync("manager.east", "resolveComplaint", "ResolveComplaintInput", Fields, new { complaintId = id, resolution = "换货" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"complaintId\"]")], WriteChecks.CodesAndPaths(tooEarly));
        Assert.Contains("answer the customer first", tooEarly["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("FORWARDED", Text(tooEarly["complaint"]!, "status"));

        var explained = await _w.PayloadAsync("manager.east", "answerComplaint", "AnswerComplaintInput", Fields,
            new { complaintId = id, version = 3, answer = "质检确认为运输挤压，安排换货" });
        Assert.Equal(("ANSWERED", "质检确认为运输挤压，安排换货"), (Text(explained["complaint"]!, "status"), Text(explained["complaint"]!, "answer")));
        Assert.Equal(firstAnswer, Time(explained["complaint"]!, "answeredAt"), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds

        var resolved = await _w.PayloadAsync("manager.east", "resolveComplaint", "ResolveComplaintInput", Fields,
            new { complaintId = id, version = 4, resolution = "三台已换新，客户确认" });
        Assert.Empty(resolved["errors"]!.AsArray());
        Assert.Equal(("RESOLVED", 5), (Text(resolved["complaint"]!, "status"), resolved["complaint"]!["version"]!.GetValue<int>()));
        Assert.NotNull(resolved["complaint"]!["resolvedAt"]);
        var again = await _w.PayloadAsync("rep.east.1", "answerComplaint", "AnswerComplaintInput", Fields, new { complaintId = id, answer = "x" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"complaintId\"]")], WriteChecks.CodesAndPaths(again));

        var audit = await _w.AuditAsync("Complaint", id);
        Assert.Equal(
            [("manager.east", "resolveComplaint:update"), ("manager.east", "answerComplaint:update"), ("rep.east.1", "forwardComplaint:update"),
                ("rep.east.1", "answerComplaint:update"), ("rep.east.1", "logComplaint:create")],
            audit.Select(a => (a.Actor, a.Action)));
        Assert.Contains("Resolution", audit[0].Changes, StringComparison.Ordinal);

        var listed = (await app.PostAsync(
            "query($id: ID!) { customer(id: $id) { complaints(first: 100, where: { status: { eq: RESOLVED } }) { nodes { id } } } " +
            "complaints(first: 5, where: { number: { eq: \"" + Text(complaint, "number") + "\" } }) { nodes { id status } } }",
            new { id = customerId }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!;
        Assert.Contains(listed["customer"]!["complaints"]!["nodes"]!.AsArray(), n => Text(n!, "id") == id);
        Assert.Equal([(id, "RESOLVED")], listed["complaints"]!["nodes"]!.AsArray().Select(n => (Text(n!, "id"), Text(n!, "status"))));
    }

    [Fact]
    public async Task EachRoleSeesAndStepsOnlyTheComplaintsOfTheCustomersInItsScope()
    {
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var id = Text((await _w.PayloadAsync("support.east", "logComplaint", "LogComplaintInput", "complaint { id }",
            new { customerId, category = "DELIVERY", severity = "MEDIUM", description = "晚到两天" }))["complaint"]!, "id");

        // Expected outcomes stated here, independently of api/Auth: (sees the row, reads the description, may answer).
        var expected = new Dictionary<string, (bool Row, bool Text, string Answer)>
        {
            ["director"] = (true, true, "OK"),
            ["manager.east"] = (true, true, "OK"),
            ["support.east"] = (true, true, "OK"),
            ["rep.east.1"] = (true, true, "OK"),
            ["rep.east.2"] = (false, false, "NOT_FOUND"),
            ["manager.north"] = (false, false, "NOT_FOUND"),
            ["support.north"] = (false, false, "NOT_FOUND"),
            ["finance"] = (true, true, "AUTH_NOT_AUTHORIZED"),
            ["bi"] = (true, false, "AUTH_NOT_AUTHORIZED"),
            ["erp"] = (false, false, "AUTH_NOT_AUTHORIZED"),
            ["admin"] = (false, false, "AUTH_NOT_AUTHORIZED"),
        };
        foreach (var (who, (row, text, _)) in expected)
        {
            var read = await app.PostAsync("query($id: ID!) { complaint(id: $id) { id status description } }", new { id }, await app.TokenAsync(who));
            var complaint = read.Data?["complaint"];
            Assert.True(row == complaint is not null, $"{who} row: {read}");
            if (row)
            {
                Assert.True(text == complaint!["description"] is not null, $"{who} description: {read}");
                Assert.Equal(text ? [] : ["AUTH_NOT_AUTHORIZED"], read.ErrorCodes);
            }
            else
            {
                Assert.Equal(["NOT_FOUND"], read.ErrorCodes);
            }
        }

        // Answers in an order that leaves the complaint answerable for everyone who may: the refusals first.
        foreach (var (who, (_, _, outcome)) in expected.OrderBy(e => e.Value.Answer == "OK"))
        {
            var response = await _w.PostAsync(who, "forwardComplaint", "ForwardComplaintInput", "complaint { status }",
                new { complaintId = id, forwardedToId = (await _w.MeAsync(who == "director" ? "manager.east" : "director")).StaffId });
            var code = response.ErrorCodes.FirstOrDefault()
                ?? response.Data!["forwardComplaint"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).FirstOrDefault() ?? "OK";
            Assert.True(outcome == code, $"{who}: expected {outcome}, got {response}");
        }
    }

    [Fact]
    public async Task BadInputStaleVersionsAndComplaintsLoggedAsActivitiesAreRefusedPerField()
    {
        var customerId = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var (rep, _) = await _w.MeAsync("rep.east.1");
        var invalid = await _w.PayloadAsync("rep.east.1", "logComplaint", "LogComplaintInput", Fields,
            new { customerId, category = "SERVICE", severity = "LOW", description = " ", receivedAt = DateTime.UtcNow.AddHours(1) });
        Assert.Equal([("VALIDATION", "[\"input\",\"description\"]"), ("VALIDATION", "[\"input\",\"receivedAt\"]")], WriteChecks.CodesAndPaths(invalid));
        var weekOld = await _w.PayloadAsync("rep.east.1", "logComplaint", "LogComplaintInput", Fields,
            new { customerId, category = "SERVICE", severity = "LOW", description = "x", receivedAt = DateTime.UtcNow.AddDays(-8) });
        Assert.Equal([("VALIDATION", "[\"input\",\"receivedAt\"]")], WriteChecks.CodesAndPaths(weekOld));
        var notMine = await _w.PayloadAsync("rep.east.1", "logComplaint", "LogComplaintInput", Fields,
            new { customerId = await new ContractScenario(app).CustomerOfAsync("rep.north.1"), category = "SERVICE", severity = "LOW", description = "x" });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(notMine));

        var id = Text((await _w.PayloadAsync("rep.east.1", "logComplaint", "LogComplaintInput", Fields,
            new { customerId, category = "BILLING", severity = "CRITICAL", description = "发票抬头错误", receivedAt = DateTime.UtcNow.AddMinutes(-30) }))["complaint"]!, "id");
        var resolveOpen = await _w.PayloadAsync("rep.east.1", "resolveComplaint", "ResolveComplaintInput", Fields, new { complaintId = id, resolution = "已重开" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"complaintId\"]")], WriteChecks.CodesAndPaths(resolveOpen));
        var noAnswer = await _w.PayloadAsync("rep.east.1", "answerComplaint", "AnswerComplaintInput", Fields,
            new { complaintId = id, answer = "", answeredAt = DateTime.UtcNow.AddHours(-1) });
        Assert.Equal([("VALIDATION", "[\"input\",\"answer\"]"), ("VALIDATION", "[\"input\",\"answeredAt\"]")], WriteChecks.CodesAndPaths(noAnswer));
        var toSelf = await _w.PayloadAsync("rep.east.1", "forwardComplaint", "ForwardComplaintInput", Fields, new { complaintId = id, forwardedToId = rep });
        Assert.Equal([("VALIDATION", "[\"input\",\"forwardedToId\"]")], WriteChecks.CodesAndPaths(toSelf));

        var answered = await _w.PayloadAsync("support.east", "answerComplaint", "AnswerComplaintInput", Fields, new { complaintId = id, version = 1, answer = "财务核实中" });
        Assert.InRange(answered["complaint"]!["minutesToAnswer"]!.GetValue<decimal>(), 29.5m, 35m);
        var stale = await _w.PayloadAsync("rep.east.1", "resolveComplaint", "ResolveComplaintInput", Fields, new { complaintId = id, version = 1, resolution = "已重开" });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(stale));
        Assert.Equal(2, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());
        Assert.Contains("status", stale["errors"]![0]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("ANSWERED", Text(stale["complaint"]!, "status"));

        var asActivity = await _w.PayloadAsync("rep.east.1", "logActivity", "LogActivityInput", "activity { id }", new { customerId, kind = "COMPLAINT", subject = "投诉" });
        Assert.Equal([("VALIDATION", "[\"input\",\"kind\"]")], WriteChecks.CodesAndPaths(asActivity));
    }

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();

    private static DateTime Time(JsonNode node, string field) =>
        DateTime.Parse(Text(node, field), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
