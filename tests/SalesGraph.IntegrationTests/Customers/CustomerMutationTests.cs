using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Customers;

[Collection(SharedApp.Name)]
public sealed class CustomerMutationTests(SalesGraphApp app)
{
    private const string Fields = "customer { id code name grade status version owner { id } region { id } }";
    private readonly WriteChecks _w = new(app);

    private static object NewCustomer(string name, string? externalId = null, string? idempotencyKey = null, string? regionId = null) => new
    {
        name, industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        externalId, idempotencyKey, regionId,
    };

    [Fact]
    public async Task RepCreatesAGradeCProspectWithoutCreditThatIsTheirsInTheirRegionAndAudited()
    {
        var (me, myRegion) = await _w.MeAsync("rep.east.1");
        var payload = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("上海新锐精密机械有限公司"));

        Assert.Empty(payload["errors"]!.AsArray());
        var customer = payload["customer"]!;
        Assert.Equal(("C", "PROSPECT", 1), (customer["grade"]!.GetValue<string>(), customer["status"]!.GetValue<string>(), customer["version"]!.GetValue<int>()));
        Assert.Equal(me, customer["owner"]!["id"]!.GetValue<string>());
        Assert.Equal(myRegion, customer["region"]!["id"]!.GetValue<string>());
        Assert.Matches("^C[0-9]{6}$", customer["code"]!.GetValue<string>());

        var id = customer["id"]!.GetValue<string>();
        var credit = (await app.PostAsync("query($id: ID!) { customer(id: $id) { creditLimit paymentTermDays } }", new { id }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["customer"]!;
        Assert.Equal((0m, 0), (ContractScenario.Price(credit["creditLimit"]!), credit["paymentTermDays"]!.GetValue<int>()));
        var audit = await _w.AuditAsync("Customer", id);
        Assert.Equal([("rep.east.1", "createCustomer:create")], audit.Select(a => (a.Actor, a.Action)));
        Assert.Contains("\"Status\":{\"old\":null,\"new\":\"Prospect\"}", audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCustomerInputLetsARepSetOwnerRegionOrCredit()
    {
        var (other, _) = await _w.MeAsync("rep.east.2");
        var withOwner = await _w.PostAsync("rep.east.1", "createCustomer", "CreateCustomerInput", Fields,
            new { name = "x", industry = "x", source = "ONLINE", contactPerson = "x", mobile = "13800000000", address = "x", ownerId = other });
        Assert.Equal("VALIDATION", withOwner.ErrorCodes.First());
        var withCredit = await _w.PostAsync("rep.east.1", "createCustomer", "CreateCustomerInput", Fields,
            new { name = "x", industry = "x", source = "ONLINE", contactPerson = "x", mobile = "13800000000", address = "x", creditLimit = 9_000_000 });
        Assert.Equal("VALIDATION", withCredit.ErrorCodes.First());

        var mine = await new ContractScenario(app).CustomerOfAsync("rep.east.1");
        var update = await _w.PostAsync("rep.east.1", "updateCustomer", "UpdateCustomerInput", Fields,
            new { customerId = mine, version = 1, ownerId = other, creditLimit = 1, paymentTermDays = 365, grade = "A" });
        Assert.Equal("VALIDATION", update.ErrorCodes.First());

        var (_, northRegion) = await _w.MeAsync("manager.north");
        var before = await CountCustomersAsync();
        var withRegion = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("x", regionId: northRegion));
        Assert.Equal([("VALIDATION", "[\"input\",\"regionId\"]")], WriteChecks.CodesAndPaths(withRegion));
        Assert.Equal(before, await CountCustomersAsync());
    }

    [Fact]
    public async Task RepeatedIdempotencyKeyReturnsTheFirstCustomerAndTheErpUpsertsByExternalId()
    {
        var first = await _w.PayloadAsync("support.east", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("杭州一号", idempotencyKey: "cust-key-1"));
        var again = await _w.PayloadAsync("support.east", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("杭州一号", idempotencyKey: "cust-key-1"));
        Assert.Equal(first["customer"]!["id"]!.GetValue<string>(), again["customer"]!["id"]!.GetValue<string>());

        var (_, east) = await _w.MeAsync("manager.east");
        var created = await _w.PayloadAsync("erp", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("ERP 客户", externalId: "ERP-C-1", regionId: east));
        Assert.Empty(created["errors"]!.AsArray());
        var upserted = await _w.PayloadAsync("erp", "createCustomer", "CreateCustomerInput", Fields, NewCustomer("ERP 客户（更名）", externalId: "ERP-C-1", regionId: east));
        Assert.Equal(created["customer"]!["id"]!.GetValue<string>(), upserted["customer"]!["id"]!.GetValue<string>());
        Assert.Equal(("ERP 客户（更名）", 2), (upserted["customer"]!["name"]!.GetValue<string>(), upserted["customer"]!["version"]!.GetValue<int>()));
        var audit = await _w.AuditAsync("Customer", created["customer"]!["id"]!.GetValue<string>());
        Assert.Equal(["createCustomer:update", "createCustomer:create"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task StaleVersionOnUpdateIsAConflictNamingTheFieldsChangedSinceAndWritesNothing()
    {
        var id = await NewCustomerAsync("rep.east.1", "冲突测试");
        (await _w.PayloadAsync("rep.east.1", "updateCustomer", "UpdateCustomerInput", Fields, new { customerId = id, version = 1, address = "上海市徐汇区1号" })).AsObject();

        var stale = await _w.PayloadAsync("rep.east.1", "updateCustomer", "UpdateCustomerInput", Fields, new { customerId = id, version = 1, name = "别的名字" });
        var error = stale["errors"]![0]!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(["address"], error["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(2, error["currentVersion"]!.GetValue<int>());
        Assert.Equal("冲突测试", stale["customer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidCustomerInputReportsEveryProblemAtItsPath()
    {
        var payload = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", Fields,
            new { name = " ", industry = "x", source = "ONLINE", contactPerson = "x", mobile = "call me", address = new string('x', 301) });
        Assert.Null(payload["customer"]);
        var errors = WriteChecks.CodesAndPaths(payload).ToList();
        Assert.Contains(("VALIDATION", "[\"input\",\"name\"]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"mobile\"]"), errors);
        Assert.Contains(("VALIDATION", "[\"input\",\"address\"]"), errors);
    }

    [Fact]
    public async Task TheRegionsManagerAssignsTheCustomerToOneOfItsRepsOnly()
    {
        var id = await NewCustomerAsync("support.east", "分配测试");
        var (east2, _) = await _w.MeAsync("rep.east.2");
        var (north1, _) = await _w.MeAsync("rep.north.1");

        var byRep = await _w.PostAsync("rep.east.1", "assignCustomerOwner", "AssignCustomerOwnerInput", Fields, new { customerId = id, ownerId = east2 });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);
        var byOtherManager = await _w.PayloadAsync("manager.north", "assignCustomerOwner", "AssignCustomerOwnerInput", Fields, new { customerId = id, ownerId = north1 });
        Assert.Equal([("NOT_FOUND", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(byOtherManager));
        var toNorthRep = await _w.PayloadAsync("manager.east", "assignCustomerOwner", "AssignCustomerOwnerInput", Fields, new { customerId = id, ownerId = north1 });
        Assert.Equal([("VALIDATION", "[\"input\",\"ownerId\"]")], WriteChecks.CodesAndPaths(toNorthRep));

        var assigned = await _w.PayloadAsync("manager.east", "assignCustomerOwner", "AssignCustomerOwnerInput", Fields, new { customerId = id, ownerId = east2, version = 1 });
        Assert.Empty(assigned["errors"]!.AsArray());
        Assert.Equal(east2, assigned["customer"]!["owner"]!["id"]!.GetValue<string>());
        Assert.Equal(("manager.east", "assignCustomerOwner:update"), (await _w.AuditAsync("Customer", id)).Select(a => (a.Actor, a.Action)).First());
    }

    [Fact]
    public async Task CreditIsSetByFinanceAndTheDirectorOnlyAndKeptThroughTheDirectorsGradeChange()
    {
        var id = await NewCustomerAsync("rep.east.1", "授信测试");
        var byManager = await _w.PostAsync("manager.east", "setCustomerCredit", "SetCustomerCreditInput", Fields, new { customerId = id, creditLimit = 500_000 });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byManager.ErrorCodes);
        var byRep = await _w.PostAsync("rep.east.1", "changeCustomerGrade", "ChangeCustomerGradeInput", Fields, new { customerId = id, grade = "A" });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byRep.ErrorCodes);

        var negative = await _w.PayloadAsync("finance", "setCustomerCredit", "SetCustomerCreditInput", Fields, new { customerId = id, creditLimit = -1, paymentTermDays = 400 });
        Assert.Equal([("VALIDATION", "[\"input\",\"creditLimit\"]"), ("VALIDATION", "[\"input\",\"paymentTermDays\"]")], WriteChecks.CodesAndPaths(negative));

        var set = await _w.PayloadAsync("finance", "setCustomerCredit", "SetCustomerCreditInput", "customer { creditLimit paymentTermDays version }",
            new { customerId = id, creditLimit = 500_000, paymentTermDays = 45 });
        Assert.Equal((500_000m, 45), (ContractScenario.Price(set["customer"]!["creditLimit"]!), set["customer"]!["paymentTermDays"]!.GetValue<int>()));
        var byManager2 = await _w.PostAsync("manager.east", "changeCustomerGrade", "ChangeCustomerGradeInput", Fields, new { customerId = id, grade = "B" });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byManager2.ErrorCodes);
        var graded = await _w.PayloadAsync("director", "changeCustomerGrade", "ChangeCustomerGradeInput", "customer { grade version creditLimit paymentTermDays creditOverride }",
            new { customerId = id, grade = "B", version = 2 });
        Assert.Equal(("B", 3), (graded["customer"]!["grade"]!.GetValue<string>(), graded["customer"]!["version"]!.GetValue<int>()));
        // Finance's explicit terms stay through the grade change (decision 030).
        Assert.Equal((500_000m, 45, true),
            (ContractScenario.Price(graded["customer"]!["creditLimit"]!), graded["customer"]!["paymentTermDays"]!.GetValue<int>(), graded["customer"]!["creditOverride"]!.GetValue<bool>()));

        var audit = await _w.AuditAsync("Customer", id);
        Assert.Equal(["changeCustomerGrade:update", "setCustomerCredit:update", "createCustomer:create"], audit.Select(a => a.Action));
        Assert.Contains("\"CreditLimit\":{\"old\":0", audit[1].Changes, StringComparison.Ordinal);
        Assert.Equal("finance", audit[1].Actor);
    }

    [Fact]
    public async Task ACustomerIsDeactivatedOnceAndNotWhileItHasOpenContracts()
    {
        var id = await NewCustomerAsync("rep.east.1", "停用测试");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("rep.east.1", "deactivateCustomer", "DeactivateCustomerInput", Fields, new { customerId = id })).ErrorCodes);
        var lost = await _w.PayloadAsync("manager.east", "deactivateCustomer", "DeactivateCustomerInput", Fields, new { customerId = id });
        Assert.Equal("LOST", lost["customer"]!["status"]!.GetValue<string>());
        var again = await _w.PayloadAsync("manager.east", "deactivateCustomer", "DeactivateCustomerInput", Fields, new { customerId = id });
        Assert.Equal([("INVALID_TRANSITION", "[\"input\",\"customerId\"]")], WriteChecks.CodesAndPaths(again));

        var draft = await new ContractScenario(app).DraftAsync("rep.east.1", 0m);
        var withContract = (await app.PostAsync("query($id: ID!) { contract(id: $id) { customer { id } } }", new { id = draft["id"]!.GetValue<string>() },
            await app.TokenAsync("director"))).EnsureNoErrors().Data!["contract"]!["customer"]!["id"]!.GetValue<string>();
        var refused = await _w.PayloadAsync("director", "deactivateCustomer", "DeactivateCustomerInput", Fields, new { customerId = withContract });
        Assert.Equal("INVALID_TRANSITION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotEqual("LOST", refused["customer"]!["status"]!.GetValue<string>());
    }

    private async Task<string> NewCustomerAsync(string who, string name)
    {
        var payload = await _w.PayloadAsync(who, "createCustomer", "CreateCustomerInput", Fields, NewCustomer(name));
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["customer"]!["id"]!.GetValue<string>();
    }

    private async Task<int> CountCustomersAsync() =>
        (await app.PostAsync("{ customers(first: 0) { totalCount } }", null, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["customers"]!["totalCount"]!.GetValue<int>();
}
