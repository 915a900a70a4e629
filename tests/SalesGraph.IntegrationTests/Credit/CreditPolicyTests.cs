using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Credit;

/// <summary>
/// The credit policy by grade and the grade proposals (decision 030), on a database of their own (the policy test
/// changes the policy): a manager proposes, the director approves or rejects; approval gives the customer the new grade's
/// policy unless finance set its terms; a stale proposal is refused; a rep sees remaining credit and the term, not the limit.
/// </summary>
public sealed class CreditPolicyTests : IClassFixture<SalesGraphApp>
{
    private const string ProposalFields = "gradeProposal { id status fromGrade toGrade version isStale customer { id grade version } }";
    private const string CustomerTerms = "customer(id: $id) { grade version creditLimit paymentTermDays creditOverride }";

    private readonly SalesGraphApp _app;
    private readonly WriteChecks _w;

    public CreditPolicyTests(SalesGraphApp app)
    {
        _app = app;
        _w = new WriteChecks(app);
    }

    [Fact]
    public async Task RepCannotProposeManagerCannotApproveAndAnotherRegionsCustomerIsNotFound()
    {
        var customer = await NewCustomerAsync("授权测试");
        var byRep = await _w.PostAsync("rep.east.1", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "B", reason = "采购增长" });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);
        var otherRegion = await _w.PayloadAsync("manager.north", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "B", reason = "采购增长" });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(otherRegion));
        var noReason = await _w.PayloadAsync("manager.east", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "B", reason = " " });
        Assert.Equal([("VALIDATION", "[\"input\",\"reason\"]")], WriteChecks.CodesAndPaths(noReason));
        var sameGrade = await _w.PayloadAsync("manager.east", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "C", reason = "不变" });
        Assert.Equal([("VALIDATION", "[\"input\",\"grade\"]")], WriteChecks.CodesAndPaths(sameGrade));

        var proposed = await _w.PayloadAsync("manager.east", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "B", reason = "采购增长" });
        Assert.Empty(proposed["errors"]!.AsArray());
        var proposal = proposed["gradeProposal"]!;
        Assert.Equal(("PENDING", "C", "B", "C"),
            (Text(proposal, "status"), Text(proposal, "fromGrade"), Text(proposal, "toGrade"), proposal["customer"]!["grade"]!.GetValue<string>()));
        var id = Text(proposal, "id");

        var twice = await _w.PayloadAsync("manager.east", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId = customer, grade = "A", reason = "再提" });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(twice));
        foreach (var who in new[] { "manager.east", "finance", "rep.east.1" })
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync(who, "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = id })).ErrorCodes);
        }

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("manager.east", "changeCustomerGrade", "ChangeCustomerGradeInput", "customer { grade }", new { customerId = customer, grade = "B" })).ErrorCodes);

        // The manager follows its proposal; another region's manager does not see it.
        const string Read = "query($id: ID!) { gradeProposal(id: $id) { status reason proposedBy { id } } }";
        var mine = (await _app.PostAsync(Read, new { id }, await _app.TokenAsync("manager.east"))).EnsureNoErrors().Data!["gradeProposal"]!;
        Assert.Equal(("PENDING", "采购增长", (await _w.MeAsync("manager.east")).StaffId), (Text(mine, "status"), Text(mine, "reason"), mine["proposedBy"]!["id"]!.GetValue<string>()));
        Assert.Equal(["NOT_FOUND"], (await _app.PostAsync(Read, new { id }, await _app.TokenAsync("manager.north"))).ErrorCodes);
    }

    [Fact]
    public async Task ApprovalGivesTheNewGradesPolicyUnlessFinanceSetTheTermsAndIsAuditedOnce()
    {
        var policy = await PolicyAsync();
        var plain = await NewCustomerAsync("按政策授信");
        var explicitTerms = await NewCustomerAsync("财务授信");
        Assert.True((await _w.PayloadAsync("finance", "setCustomerCredit", "SetCustomerCreditInput", "customer { creditOverride }",
            new { customerId = explicitTerms, creditLimit = 123_456.78m, paymentTermDays = 45 }))["customer"]!["creditOverride"]!.GetValue<bool>());

        var first = await ProposeAsync(plain, "B");
        var second = await ProposeAsync(explicitTerms, "A");
        var inbox = (await _app.PostAsync("{ gradeProposals(first: 500, where: { status: { eq: PENDING } }) { nodes { id customer { id } } } }", null, await _app.TokenAsync("director")))
            .EnsureNoErrors().Data!["gradeProposals"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(first, inbox);
        Assert.Contains(second, inbox);

        var approved = await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = first, version = 1 });
        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal(("APPROVED", "B"), (Text(approved["gradeProposal"]!, "status"), approved["gradeProposal"]!["customer"]!["grade"]!.GetValue<string>()));
        var plainTerms = await TermsAsync(plain);
        Assert.Equal(("B", policy["B"].Limit, policy["B"].Days, false),
            (Text(plainTerms, "grade"), ContractScenario.Price(plainTerms["creditLimit"]!), plainTerms["paymentTermDays"]!.GetValue<int>(), plainTerms["creditOverride"]!.GetValue<bool>()));

        (await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = second }))["errors"]!.AsArray().ToList().ForEach(e => Assert.Fail(e!.ToJsonString()));
        var explicitAfter = await TermsAsync(explicitTerms);
        Assert.Equal(("A", 123_456.78m, 45), (Text(explicitAfter, "grade"), ContractScenario.Price(explicitAfter["creditLimit"]!), explicitAfter["paymentTermDays"]!.GetValue<int>()));

        var again = await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = first });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"proposalId\"]")], WriteChecks.CodesAndPaths(again));
        Assert.Equal(2, (await TermsAsync(plain))["version"]!.GetValue<int>());

        Assert.Equal(["approveGradeProposal:update", "proposeGradeChange:create"], (await _w.AuditAsync("GradeProposal", first)).Select(a => a.Action));
        var customerAudit = await _w.AuditAsync("Customer", plain);
        Assert.Equal(("director", "approveGradeProposal:update"), (customerAudit[0].Actor, customerAudit[0].Action));
        Assert.Contains("\"Grade\":{\"old\":\"C\",\"new\":\"B\"}", customerAudit[0].Changes, StringComparison.Ordinal);

        // Finance gives the customer its grade's policy again.
        var reset = await _w.PayloadAsync("finance", "setCustomerCredit", "SetCustomerCreditInput", "customer { creditLimit paymentTermDays creditOverride }", new { customerId = explicitTerms, usePolicy = true });
        Assert.Equal((policy["A"].Limit, policy["A"].Days, false),
            (ContractScenario.Price(reset["customer"]!["creditLimit"]!), reset["customer"]!["paymentTermDays"]!.GetValue<int>(), reset["customer"]!["creditOverride"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task AStaleProposalIsRefusedWithTheReasonAndCanBeRejected()
    {
        var customer = await NewCustomerAsync("过期提议");
        var proposal = await ProposeAsync(customer, "B");
        (await _w.PayloadAsync("director", "changeCustomerGrade", "ChangeCustomerGradeInput", "customer { grade }", new { customerId = customer, grade = "A" }))["errors"]!
            .AsArray().ToList().ForEach(e => Assert.Fail(e!.ToJsonString()));

        const string Read = "query($id: ID!) { gradeProposal(id: $id) { status isStale } }";
        Assert.True((await _app.PostAsync(Read, new { id = proposal }, await _app.TokenAsync("director"))).EnsureNoErrors().Data!["gradeProposal"]!["isStale"]!.GetValue<bool>());
        var stale = await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = proposal });
        Assert.Equal([("CONFLICT", "[\"input\",\"proposalId\"]")], WriteChecks.CodesAndPaths(stale));
        Assert.Contains("changed from C to A", stale["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("A", Text(await TermsAsync(customer), "grade"));

        var noNote = await _w.PayloadAsync("director", "rejectGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = proposal });
        Assert.Equal([("VALIDATION", "[\"input\",\"note\"]")], WriteChecks.CodesAndPaths(noNote));
        var rejected = await _w.PayloadAsync("director", "rejectGradeProposal", "DecideGradeProposalInput", "gradeProposal { status decisionNote isStale }", new { proposalId = proposal, note = "已直接调整" });
        Assert.Equal(("REJECTED", "已直接调整", false), (Text(rejected["gradeProposal"]!, "status"), Text(rejected["gradeProposal"]!, "decisionNote"), rejected["gradeProposal"]!["isStale"]!.GetValue<bool>()));
        // A stale version of the proposal is CONFLICT too.
        var other = await ProposeAsync(customer, "C");
        var staleVersion = await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = other, version = 7 });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(staleVersion));
    }

    [Fact]
    public async Task TheDirectorSetsThePolicyTheNextGradeChangeTakesItAndOthersMayNot()
    {
        Assert.Equal(["AUTH_NOT_AUTHORIZED"],
            (await _w.PostAsync("finance", "setCreditPolicy", "SetCreditPolicyInput", "creditPolicy { grade }", new { grade = "B", creditLimit = 1, paymentTermDays = 1 })).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"],
            (await _w.PostAsync("manager.east", "setCreditPolicy", "SetCreditPolicyInput", "creditPolicy { grade }", new { grade = "B", creditLimit = 1, paymentTermDays = 1 })).ErrorCodes);
        var rep = await _app.PostAsync("{ creditPolicy { grade creditLimit } }", null, await _app.TokenAsync("rep.east.1"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], rep.ErrorCodes);
        Assert.Null(rep.Data!["creditPolicy"]);

        var before = await PolicyAsync();
        var bad = await _w.PayloadAsync("director", "setCreditPolicy", "SetCreditPolicyInput", "creditPolicy { grade }", new { grade = "B", creditLimit = -5, paymentTermDays = 400 });
        Assert.Equal([("VALIDATION", "[\"input\",\"creditLimit\"]"), ("VALIDATION", "[\"input\",\"paymentTermDays\"]")], WriteChecks.CodesAndPaths(bad));
        var graded = await NewCustomerAsync("政策前已评级");
        (await _w.PayloadAsync("director", "changeCustomerGrade", "ChangeCustomerGradeInput", "customer { grade }", new { customerId = graded, grade = "B" }))["errors"]!.AsArray().ToList().ForEach(e => Assert.Fail(e!.ToJsonString()));

        var set = await _w.PayloadAsync("director", "setCreditPolicy", "SetCreditPolicyInput", "creditPolicy { grade creditLimit paymentTermDays version updatedBy { id } }",
            new { grade = "B", creditLimit = 1_500_000m, paymentTermDays = 75, version = before["B"].Version });
        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal((1_500_000m, 75, before["B"].Version + 1, (await _w.MeAsync("director")).StaffId),
            (ContractScenario.Price(set["creditPolicy"]!["creditLimit"]!), set["creditPolicy"]!["paymentTermDays"]!.GetValue<int>(), set["creditPolicy"]!["version"]!.GetValue<int>(),
             set["creditPolicy"]!["updatedBy"]!["id"]!.GetValue<string>()));
        var stale = await _w.PayloadAsync("director", "setCreditPolicy", "SetCreditPolicyInput", "creditPolicy { grade }", new { grade = "B", creditLimit = 9m, paymentTermDays = 9, version = before["B"].Version });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(stale));
        Assert.Equal(["setCreditPolicy:update"], (await _w.AuditAsync("CreditPolicy", await PolicyIdAsync("B"))).Select(a => a.Action));

        // The terms a customer already has stay; the next grade change takes the new policy.
        var keeps = await TermsAsync(graded);
        Assert.Equal((before["B"].Limit, before["B"].Days), (ContractScenario.Price(keeps["creditLimit"]!), keeps["paymentTermDays"]!.GetValue<int>()));
        var next = await NewCustomerAsync("政策后评级");
        var proposal = await ProposeAsync(next, "B");
        (await _w.PayloadAsync("director", "approveGradeProposal", "DecideGradeProposalInput", ProposalFields, new { proposalId = proposal }))["errors"]!.AsArray().ToList().ForEach(e => Assert.Fail(e!.ToJsonString()));
        var takes = await TermsAsync(next);
        Assert.Equal((1_500_000m, 75), (ContractScenario.Price(takes["creditLimit"]!), takes["paymentTermDays"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ARepSeesRemainingCreditAndTermOfOwnCustomersNotTheLimitInOneBatch()
    {
        const string RepQuery = "query($n: Int) { customers(first: $n) { nodes { id paymentTermDays creditRemaining } } }";
        var token = await _app.TokenAsync("rep.east.1");
        var mine = (await _app.PostAsync(RepQuery, new { n = 40 }, token)).EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray();
        Assert.NotEmpty(mine);
        var limit = await _app.PostAsync("{ customers(first: 5) { nodes { creditLimit } } }", null, token);
        Assert.Contains("AUTH_NOT_AUTHORIZED", limit.ErrorCodes);

        const string DirectorQuery = "query($id: ID!) { customer(id: $id) { creditLimit paymentTermDays openReceivables } }";
        var director = await _app.TokenAsync("director");
        var owing = 0;
        foreach (var node in mine)
        {
            var truth = (await _app.PostAsync(DirectorQuery, new { id = node!["id"]!.GetValue<string>() }, director)).EnsureNoErrors().Data!["customer"]!;
            var open = ContractScenario.Price(truth["openReceivables"]!);
            owing += open > 0 ? 1 : 0;
            Assert.Equal(ContractScenario.Price(truth["creditLimit"]!) - open, ContractScenario.Price(node["creditRemaining"]!));
            Assert.Equal(truth["paymentTermDays"]!.GetValue<int>(), node["paymentTermDays"]!.GetValue<int>());
        }

        Assert.True(owing > 0, "some of the rep's customers owe something, so remaining credit differs from the limit");

        // One batch for the whole page: as many statements for 5 customers as for 40.
        _app.Sql.Reset();
        await _app.PostAsync(RepQuery, new { n = 5 }, token);
        var few = _app.Sql.Count;
        _app.Sql.Reset();
        await _app.PostAsync(RepQuery, new { n = 40 }, token);
        Assert.Equal(few, _app.Sql.Count);
    }

    // ── helpers ─────────────────────────────────────────────────────────────────────────────────────────────────

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();

    /// <summary>A new grade-C prospect of rep.east.1 (no terms yet).</summary>
    private async Task<string> NewCustomerAsync(string name)
    {
        var payload = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"{name}{Guid.NewGuid():N}"[..20], industry = "机械制造", source = "REFERRAL", contactPerson = "李明", mobile = "139 0000 1111", address = "上海市徐汇区漕溪北路1号",
        });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["customer"]!["id"]!.GetValue<string>();
    }

    private async Task<string> ProposeAsync(string customerId, string grade)
    {
        var payload = await _w.PayloadAsync("manager.east", "proposeGradeChange", "ProposeGradeChangeInput", ProposalFields, new { customerId, grade, reason = "测试理由" });
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["gradeProposal"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> TermsAsync(string customerId) =>
        (await _app.PostAsync($"query($id: ID!) {{ {CustomerTerms} }}", new { id = customerId }, await _app.TokenAsync("director"))).EnsureNoErrors().Data!["customer"]!;

    private async Task<Dictionary<string, (decimal Limit, int Days, int Version)>> PolicyAsync()
    {
        var rows = (await _app.PostAsync("{ creditPolicy { grade creditLimit paymentTermDays version } }", null, await _app.TokenAsync("finance"))).EnsureNoErrors().Data!["creditPolicy"]!.AsArray();
        Assert.Equal(["A", "B", "C"], rows.Select(r => r!["grade"]!.GetValue<string>()));
        return rows.ToDictionary(r => r!["grade"]!.GetValue<string>(),
            r => (ContractScenario.Price(r!["creditLimit"]!), r["paymentTermDays"]!.GetValue<int>(), r["version"]!.GetValue<int>()));
    }

    private async Task<string> PolicyIdAsync(string grade) =>
        (await _app.PostAsync("{ creditPolicy { id grade } }", null, await _app.TokenAsync("director"))).EnsureNoErrors().Data!["creditPolicy"]!.AsArray()
        .First(r => r!["grade"]!.GetValue<string>() == grade)!["id"]!.GetValue<string>();
}
