using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Contracts;

[Collection(SharedApp.Name)]
public sealed class OrderToCashTests(SalesGraphApp app)
{
    private readonly ContractScenario _scenario = new(app);

    // The contract's open amount: what this contract adds to the customer's receivables.
    private const string Receivables = "query($id: ID!) { contract(id: $id) { invoices { nodes { openAmount } } } }";

    [Fact]
    public async Task DiscountedContractGoesFromDraftToDeliveredAndPaidThroughEveryRole()
    {
        var kpisBefore = await KpisAsync();
        var draft = await _scenario.DraftAsync("rep.east.1", 80_000m);
        var id = draft["id"]!.GetValue<string>();
        var agreed = ContractScenario.Price(draft["agreedTotal"]!);
        (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _scenario.StepAsync("rep.east.1", "approveContract", new { contractId = id })).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _scenario.StepAsync("manager.north", "approveContract", new { contractId = id })).ErrorCodes);
        var status = (await _scenario.StepAsync("manager.east", "approveContract", new { contractId = id })).EnsureNoErrors()
            .Data!["approveContract"]!["contract"]!["status"]!.GetValue<string>();
        if (status == "PENDING_APPROVAL")
        {
            (await _scenario.StepAsync("finance", "approveContract", new { contractId = id })).EnsureNoErrors();
        }

        var kpisApproved = await KpisAsync();
        Assert.Equal(kpisBefore.Sales + agreed, kpisApproved.Sales); // signed on approval: this year's sales move
        Assert.Equal(kpisBefore.Contracts + 1, kpisApproved.Contracts);

        var active = (await _scenario.StepAsync("support.east", "activateContract", new { contractId = id })).EnsureNoErrors();
        Assert.Equal("ACTIVE", active.Data!["activateContract"]!["contract"]!["status"]!.GetValue<string>());

        var director = await app.TokenAsync("director");
        var openBefore = await OpenAsync(id, director);
        Assert.Equal(0m, openBefore);

        var invoice = (await app.PostAsync(
                "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id amount openAmount dueOn } errors { code path } } }",
                new { input = new { contractId = id, amount = agreed } }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["issueInvoice"]!;
        Assert.Empty(invoice["errors"]!.AsArray());
        var invoiceId = invoice["invoice"]!["id"]!.GetValue<string>();
        Assert.Equal(agreed, ContractScenario.Price(invoice["invoice"]!["openAmount"]!));
        Assert.Equal(agreed, await OpenAsync(id, director));

        var payment = (await app.PostAsync(
                "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id confirmedAt } errors { code path } } }",
                new { input = new { contractId = id, amount = agreed, invoiceId } }, await app.TokenAsync("support.east")))
            .EnsureNoErrors().Data!["recordPayment"]!;
        Assert.Empty(payment["errors"]!.AsArray());
        var paymentId = payment["payment"]!["id"]!.GetValue<string>();

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(
            "mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { id } } }",
            new { input = new { paymentId } }, await app.TokenAsync("support.east"))).ErrorCodes);
        var confirmed = (await app.PostAsync(
                "mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { confirmedAt invoice { openAmount settledOn } } errors { code } } }",
                new { input = new { paymentId } }, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["confirmPayment"]!["payment"]!;
        Assert.Equal(0m, ContractScenario.Price(confirmed["invoice"]!["openAmount"]!));
        Assert.NotNull(confirmed["invoice"]!["settledOn"]);
        Assert.Equal(0m, await OpenAsync(id, director));
        Assert.Equal(kpisApproved.Collected + agreed, (await KpisAsync()).Collected); // the rep's collected amount moves

        var support = await app.TokenAsync("support.east");
        var notice = (await app.PostAsync(
                "mutation($input: CreateDeliveryNoticeInput!) { createDeliveryNotice(input: $input) { shipment { id status noticeNumber lines { nodes { quantity } } } errors { code path } } }",
                new { input = new { contractId = id, carrier = "顺丰速运" } }, support))
            .EnsureNoErrors().Data!["createDeliveryNotice"]!;
        Assert.Empty(notice["errors"]!.AsArray());
        var shipmentId = notice["shipment"]!["id"]!.GetValue<string>();
        Assert.Equal(100, notice["shipment"]!["lines"]!["nodes"]![0]!["quantity"]!.GetValue<int>());
        (await app.PostAsync("mutation($input: MarkShippedInput!) { markShipped(input: $input) { shipment { status } errors { code } } }", new { input = new { shipmentId } }, support)).EnsureNoErrors();
        var delivered = (await app.PostAsync("mutation($input: MarkDeliveredInput!) { markDelivered(input: $input) { shipment { status } errors { code } } }", new { input = new { shipmentId } }, support))
            .EnsureNoErrors().Data!["markDelivered"]!["shipment"]!["status"]!.GetValue<string>();
        Assert.Equal("DELIVERED", delivered);
    }

    [Fact]
    public async Task EveryChangeIsAuditedWithActorClientAndOldAndNewValuesReadableByTheDirectorOnly()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var id = draft["id"]!.GetValue<string>();
        (await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id })).EnsureNoErrors();
        const string Audit = "query($id: String!) { auditEntries(entityType: \"Contract\", entityId: $id, first: 50) { nodes { actorName client action changes } } }";
        var dbId = WriteChecks.LocalId(id);

        var entries = (await app.PostAsync(Audit, new { id = dbId }, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["auditEntries"]!["nodes"]!.AsArray();
        Assert.Equal(["submitContract:update", "createContract:create"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(("rep.east.1", "spa"), (e!["actorName"]!.GetValue<string>(), e["client"]!.GetValue<string>())));
        Assert.Contains("\"Status\":{\"old\":\"Draft\",\"new\":\"PendingApproval\"}", entries[0]!["changes"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(Audit, new { id = dbId }, await app.TokenAsync("manager.east"))).ErrorCodes);
    }

    [Fact]
    public async Task AFailureBetweenWritesAndCommitLeavesNothingBehind()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var id = draft["id"]!.GetValue<string>();
        app.Faults.Arm("submitContract");
        var failed = await _scenario.StepAsync("rep.east.1", "submitContract", new { contractId = id });
        Assert.Equal(["INTERNAL_SERVER_ERROR"], failed.ErrorCodes);

        var after = (await app.PostAsync("query($id: ID!) { contract(id: $id) { status version history { totalCount } } }", new { id }, await app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["contract"]!;
        Assert.Equal("DRAFT", after["status"]!.GetValue<string>());
        Assert.Equal(draft["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Equal(1, after["history"]!["totalCount"]!.GetValue<int>());
        var audit = (await app.PostAsync("query($id: String!) { auditEntries(entityType: \"Contract\", entityId: $id, action: \"submitContract\") { totalCount } }",
            new { id = WriteChecks.LocalId(id) }, await app.TokenAsync("director"))).EnsureNoErrors();
        Assert.Equal(0, audit.Data!["auditEntries"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<decimal> OpenAsync(string id, string token) =>
        (await app.PostAsync(Receivables, new { id }, token)).EnsureNoErrors().Data!["contract"]!["invoices"]!["nodes"]!.AsArray()
            .Sum(i => ContractScenario.Price(i!["openAmount"]!));

    /// <summary>The rep's own KPI totals for the current year, as the rep sees them.</summary>
    private async Task<(decimal Sales, decimal Collected, int Contracts)> KpisAsync()
    {
        var row = (await app.PostAsync("{ kpis { salesAmount collectedAmount contractCount } }", null, await app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["kpis"]!.AsArray().Single()!;
        return (ContractScenario.Price(row["salesAmount"]!), ContractScenario.Price(row["collectedAmount"]!), row["contractCount"]!.GetValue<int>());
    }
}
