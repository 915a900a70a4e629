using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Contracts;

/// <summary><c>Contract.approvalState</c>: where a pending contract waits, the rule that put it there and who may act.</summary>
[Collection(SharedApp.Name)]
public sealed class ContractApprovalStateTests(SalesGraphApp app)
{
    private const string State = "status approvalState { level rules needsFinance given waitingFor approverRoles approvers { id name role } }";

    private readonly ContractScenario _scenario = new(app);

    [Fact]
    public async Task RepSeesItsSubmittedDiscountWaitForItsRegionsManagerByNameAndNotAnotherRegions()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 80_000m);
        var id = draft["id"]!.GetValue<string>();
        Assert.Null((await ContractAsync("rep.east.1", id))["approvalState"]);

        (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();
        var state = (await ContractAsync("rep.east.1", id))["approvalState"]!;

        Assert.Equal("MANAGER", state["level"]!.GetValue<string>());
        var rules = Strings(state["rules"]!);
        Assert.Contains("DISCOUNT", rules);
        Assert.DoesNotContain("MAJOR_CONTRACT", rules);
        Assert.Empty(state["given"]!.AsArray());
        var waiting = Strings(state["waitingFor"]!);
        Assert.Equal("MANAGER", waiting[0]);
        var needsFinance = state["needsFinance"]!.GetValue<bool>();
        Assert.Equal(needsFinance, rules.Contains("CREDIT"));
        Assert.Equal(needsFinance, waiting.Contains("FINANCE"));
        Assert.Contains("REGIONAL_MANAGER", Strings(state["approverRoles"]!));
        Assert.Contains("DIRECTOR", Strings(state["approverRoles"]!));
        Assert.DoesNotContain("SALES_REP", Strings(state["approverRoles"]!));

        var approvers = Ids(state["approvers"]!);
        Assert.Contains(await StaffIdAsync("manager.east"), approvers);
        Assert.Contains(await StaffIdAsync("director"), approvers);
        Assert.DoesNotContain(await StaffIdAsync("manager.north"), approvers);
        Assert.DoesNotContain(await StaffIdAsync("rep.east.1"), approvers);

        // The manager's approval is in: the contract is approved (no state) or waits for finance alone.
        (await _scenario.StepAsync("manager.east", "approveContract", new { contractId = id })).EnsureNoErrors();
        var after = await ContractAsync("manager.east", id);
        if (needsFinance)
        {
            Assert.Equal(["FINANCE"], Strings(after["approvalState"]!["waitingFor"]!));
            Assert.Equal(["MANAGER"], Strings(after["approvalState"]!["given"]!));
            Assert.All(after["approvalState"]!["approvers"]!.AsArray(), a => Assert.Equal("FINANCE", a!["role"]!.GetValue<string>()));
        }
        else
        {
            Assert.Equal("APPROVED", after["status"]!.GetValue<string>());
            Assert.Null(after["approvalState"]);
        }
    }

    [Fact]
    public async Task ContractBeyondTheCustomersCreditNamesTheCreditRuleAndWaitsForFinanceAndTheLadderInEitherOrder()
    {
        var customerId = await _scenario.CustomerOfAsync("rep.east.1");
        var customer = (await app.PostAsync("query($id: ID!) { customer(id: $id) { creditLimit openReceivables } }", new { id = customerId }, await app.TokenAsync("director")))
            .EnsureNoErrors().Data!["customer"]!;
        var room = ContractScenario.Price(customer["creditLimit"]!) - ContractScenario.Price(customer["openReceivables"]!);
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var quantity = (int)Math.Max(1m, Math.Floor(room / listPrice) + 1);
        var input = new { customerId, lines = new[] { new { productId, quantity, unitPrice = listPrice } } };
        var created = (await app.PostAsync(ContractScenario.Create, new { input }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors();
        var id = created.Data!["createContract"]!["contract"]!["id"]!.GetValue<string>();
        (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();

        var state = (await ContractAsync("rep.east.1", id))["approvalState"]!;
        Assert.True(state["needsFinance"]!.GetValue<bool>());
        var rules = Strings(state["rules"]!);
        Assert.Contains("CREDIT", rules);
        Assert.DoesNotContain("DISCOUNT", rules);
        var level = state["level"]!.GetValue<string>();
        Assert.Equal(rules.Contains("MAJOR_CONTRACT") ? "DIRECTOR" : "REP", level);
        Assert.Equal([level, "FINANCE"], Strings(state["waitingFor"]!));
        Assert.Contains("FINANCE", Strings(state["approverRoles"]!));
        Assert.Contains(await StaffIdAsync("finance"), Ids(state["approvers"]!));

        // Finance may come first: then only the ladder's level is missing, and finance no longer stands among who may act.
        (await _scenario.StepAsync("finance", "approveContract", new { contractId = id })).EnsureNoErrors();
        var after = (await ContractAsync("rep.east.1", id))["approvalState"]!;
        Assert.Equal(["FINANCE"], Strings(after["given"]!));
        Assert.Equal([level], Strings(after["waitingFor"]!));
        Assert.DoesNotContain("FINANCE", Strings(after["approverRoles"]!));
        Assert.DoesNotContain(await StaffIdAsync("finance"), Ids(after["approvers"]!));
    }

    private async Task<JsonNode> ContractAsync(string who, string id) =>
        (await app.PostAsync($"query($id: ID!) {{ contract(id: $id) {{ {State} }} }}", new { id }, await app.TokenAsync(who)))
            .EnsureNoErrors().Data!["contract"]!;

    private async Task<string> StaffIdAsync(string who) =>
        (await app.PostAsync("{ me { staff { id } } }", null, await app.TokenAsync(who))).EnsureNoErrors().Data!["me"]!["staff"]!["id"]!.GetValue<string>();

    private static List<string> Strings(JsonNode list) => [.. list.AsArray().Select(n => n!.GetValue<string>())];

    private static List<string> Ids(JsonNode list) => [.. list.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
