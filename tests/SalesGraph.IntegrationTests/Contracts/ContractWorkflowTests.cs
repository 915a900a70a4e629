using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Contracts;

[Collection(SharedApp.Name)]
public sealed class ContractWorkflowTests(SalesGraphApp app)
{
    private readonly ContractScenario _scenario = new(app);

    [Fact]
    public async Task EightyThousandDiscountIsApprovedByTheOwnRegionsManagerOnly()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 80_000m);
        Assert.Equal("DRAFT", draft["status"]!.GetValue<string>());
        Assert.Equal(80_000m, ContractScenario.Price(draft["discountAmount"]!));
        Assert.Equal(ContractScenario.Price(draft["listTotal"]!) - 80_000m, ContractScenario.Price(draft["agreedTotal"]!));
        var id = draft["id"]!.GetValue<string>();

        var submitted = (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();
        Assert.Equal("PENDING_APPROVAL", submitted.Data!["submitContract"]!["contract"]!["status"]!.GetValue<string>());

        var byRep = await _scenario.StepAsync("rep.east.1", "approveContract", new { contractId = id });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);
        Assert.Equal("[\"input\",\"contractId\"]", byRep.Errors[0]!["extensions"]!["field"]!.ToJsonString());
        Assert.Equal(200, byRep.Status);

        var byOtherManager = await _scenario.StepAsync("manager.north", "approveContract", new { contractId = id });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byOtherManager.ErrorCodes);

        var byManager = (await _scenario.StepAsync("manager.east", "approveContract", new { contractId = id, comment = "同意" })).EnsureNoErrors();
        var contract = byManager.Data!["approveContract"]!["contract"]!;
        if (contract["status"]!.GetValue<string>() == "PENDING_APPROVAL")
        {
            // Rule 2 applies to this customer: finance completes the approval.
            contract = (await _scenario.StepAsync("finance", "approveContract", new { contractId = id })).EnsureNoErrors()
                .Data!["approveContract"]!["contract"]!;
        }

        Assert.Equal("APPROVED", contract["status"]!.GetValue<string>());
        var history = contract["history"]!["nodes"]!.AsArray();
        Assert.Equal(["CREATED", "SUBMITTED", "APPROVED"], history.Select(e => e!["kind"]!.GetValue<string>()).Distinct());
        Assert.Contains(history, e => e!["approvalLevel"]?.GetValue<string>() == "MANAGER" && e["comment"]?.GetValue<string>() == "同意");
    }

    [Fact]
    public async Task RepApprovesASmallDiscountAloneButNotAnotherRepsContract()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 1_000m);
        var id = draft["id"]!.GetValue<string>();
        (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();

        var byOtherRep = await _scenario.StepAsync("rep.east.2", "approveContract", new { contractId = id });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byOtherRep.ErrorCodes);

        var byOwner = (await _scenario.StepAsync("rep.east.1", "approveContract", new { contractId = id })).EnsureNoErrors();
        var status = byOwner.Data!["approveContract"]!["contract"]!["status"]!.GetValue<string>();
        Assert.True(status is "APPROVED" or "PENDING_APPROVAL", status);
    }

    [Fact]
    public async Task InvalidInputReportsEveryProblemAtItsInputPathAndWritesNothing()
    {
        var (productId, _) = await _scenario.ProductAsync(1m, 1_000_000m);
        var input = new
        {
            customerId = await _scenario.CustomerOfAsync("rep.east.1"),
            lines = new object[]
            {
                new { productId, quantity = 0, unitPrice = 10.5m },
                new { productId, quantity = 1, unitPrice = 12.345m },
                new { productId = "bm9wZQ", quantity = 1, unitPrice = 1m },
            },
            startOn = "2027-06-01",
            endOn = "2027-01-01",
        };
        var before = await CountContractsAsync();
        var payload = (await app.PostAsync(ContractScenario.Create, new { input }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors()
            .Data!["createContract"]!;

        Assert.Null(payload["contract"]);
        var errors = payload["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["path"]!.ToJsonString())).ToList();
        Assert.Contains(("VALIDATION", "[\"input\",\"lines\",0,\"quantity\"]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"lines\",1,\"unitPrice\"]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"lines\",2,\"productId\"]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"endOn\"]"), errors);
        Assert.Equal(before, await CountContractsAsync());
    }

    [Fact]
    public async Task ACustomerOutsideTheRepsScopeIsNotFound()
    {
        var (productId, price) = await _scenario.ProductAsync(1m, 1_000_000m);
        var input = new { customerId = await _scenario.CustomerOfAsync("rep.north.1"), lines = new[] { new { productId, quantity = 1, unitPrice = price } } };
        var payload = (await app.PostAsync(ContractScenario.Create, new { input }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors()
            .Data!["createContract"]!;
        Assert.Equal("NotFoundError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("[\"input\",\"customerId\"]", payload["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task ActivatingADraftIsAnInvalidTransition()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var response = (await _scenario.StepAsync("manager.east", "activateContract", new { contractId = draft["id"]!.GetValue<string>() })).EnsureNoErrors();
        var payload = response.Data!["activateContract"]!;
        Assert.Equal("INVALID_TRANSITION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("DRAFT", payload["contract"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaleVersionFailsWithConflictNamingTheFieldsChangedSince()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var id = draft["id"]!.GetValue<string>();
        var version = draft["version"]!.GetValue<int>();
        var token = await app.TokenAsync("rep.east.1");
        (await app.PostAsync(ContractScenario.Update, new { input = new { contractId = id, version, paymentTermDays = 45 } }, token)).EnsureNoErrors();

        var stale = (await app.PostAsync(ContractScenario.Update, new { input = new { contractId = id, version, paymentTermDays = 60 } }, token))
            .EnsureNoErrors().Data!["updateContract"]!;
        var error = stale["errors"]![0]!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Contains("paymentTermDays", error["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(version + 1, error["currentVersion"]!.GetValue<int>());
        Assert.Equal(45, stale["contract"]!["paymentTermDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task RepCannotTerminateAndNoInputLetsARepSetOwnerOrStatus()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var response = await _scenario.StepAsync("rep.east.1", "terminateContract", new { contractId = draft["id"]!.GetValue<string>(), reason = "x" });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);

        var withOwner = await app.PostAsync(ContractScenario.Create,
            new { input = new { customerId = await _scenario.CustomerOfAsync("rep.east.1"), lines = Array.Empty<object>(), ownerId = "x", status = "APPROVED" } },
            await app.TokenAsync("rep.east.1"));
        Assert.Equal("VALIDATION", withOwner.ErrorCodes.First());
    }

    private async Task<int> CountContractsAsync() =>
        (await app.PostAsync("{ contracts(first: 0) { totalCount } }", null, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["contracts"]!["totalCount"]!.GetValue<int>();
}
