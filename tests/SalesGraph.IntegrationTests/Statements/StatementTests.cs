using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;
using SalesGraph.Resolving.Writes;
using SalesGraph.Statements;

namespace SalesGraph.IntegrationTests.Statements;

/// <summary>
/// Customer statements (对账单): the closing balance of the current month equals every demo customer's open items;
/// generation is idempotent; the rep or clerk records the customer's answer, finance reads the disputes; the CSV view;
/// who may see and do what.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class StatementTests(SalesGraphApp app)
{
    private const string Run = "run { year month generated alreadyThere }";
    private const string StatementFields = "id number year month status openingBalance invoicedAmount creditedAmount receivedAmount closingBalance responseNote version owner { id } lines { nodes { lineNo kind documentNumber amount balance } }";

    private readonly ContractScenario _scenario = new(app);
    private readonly WriteChecks _w = new(app);

    [Fact]
    public async Task TheCurrentMonthsClosingBalanceOfEveryDemoCustomerEqualsItsOpenItems()
    {
        var today = app.Today;
        var generated = await _w.PayloadAsync("finance", "generateStatements", "GenerateStatementsInput", Run, new { year = today.Year, month = today.Month });
        Assert.Empty(generated["errors"]!.AsArray());
        var count = generated["run"]!["generated"]!.GetValue<int>() + generated["run"]!["alreadyThere"]!.GetValue<int>();
        Assert.True(count > 0);

        // Open items read straight from the documents: open invoices less unapplied receipts and unapplied credits.
        Dictionary<int, decimal> open;
        List<int> customers;
        using (var scope = app.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContextAsync();
            customers = await db.Customers.Select(c => c.Id).ToListAsync();
            open = customers.ToDictionary(id => id, _ => 0m);
            foreach (var row in await db.Invoices.GroupBy(i => i.Contract!.CustomerId).Select(g => new { g.Key, Sum = g.Sum(i => i.OpenAmount) }).ToListAsync())
            {
                open[row.Key] += row.Sum;
            }

            foreach (var row in await db.Receipts.GroupBy(r => r.CustomerId).Select(g => new { g.Key, Sum = g.Sum(r => r.Amount - r.AppliedAmount) }).ToListAsync())
            {
                open[row.Key] -= row.Sum;
            }

            foreach (var row in await db.CreditNotes.GroupBy(n => n.CustomerId).Select(g => new { g.Key, Sum = g.Sum(n => n.Amount - n.AppliedAmount) }).ToListAsync())
            {
                open[row.Key] -= row.Sum;
            }
        }

        var closing = new Dictionary<int, decimal>();
        var token = await app.TokenAsync("finance");
        string? after = null;
        do
        {
            var page = (await app.PostAsync(
                    "query($y: Int!, $m: Int!, $after: String) { statements(where: { year: { eq: $y }, month: { eq: $m } }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { customer { id } openingBalance invoicedAmount creditedAmount receivedAmount closingBalance } } }",
                    new { y = today.Year, m = today.Month, after }, token))
                .EnsureNoErrors().Data!["statements"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                var s = node!;
                Assert.Equal(Money(s["openingBalance"]!) + Money(s["invoicedAmount"]!) - Money(s["creditedAmount"]!) - Money(s["receivedAmount"]!), Money(s["closingBalance"]!));
                closing.Add(int.Parse(WriteChecks.LocalId(s["customer"]!["id"]!.GetValue<string>()), CultureInfo.InvariantCulture), Money(s["closingBalance"]!));
            }

            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(count, closing.Count);
        Assert.Contains(closing.Values, v => v != 0);
        foreach (var customer in customers)
        {
            Assert.True(closing.GetValueOrDefault(customer) == open[customer], $"customer {customer}: statement closes at {closing.GetValueOrDefault(customer)}, open items are {open[customer]}");
        }

        // Generating again changes nothing.
        var again = await _w.PayloadAsync("finance", "generateStatements", "GenerateStatementsInput", Run, new { year = today.Year, month = today.Month });
        Assert.Equal((0, count), (again["run"]!["generated"]!.GetValue<int>(), again["run"]!["alreadyThere"]!.GetValue<int>()));
    }

    [Fact]
    public async Task TheRepRecordsADisputeFinanceSeesItAndTheClerkRecordsTheConfirmation()
    {
        var last = new DateOnly(app.Today.Year, app.Today.Month, 1).AddMonths(-1);
        var (customerId, invoiceNumber) = await CustomerWithInvoiceAsync(last.AddDays(2), 1_200m);
        var receipt = await _w.PayloadAsync("finance", "recordReceipt", "RecordReceiptInput", "receipt { id number }", new { customerId, amount = 500m, receivedOn = Iso(last.AddDays(9)) });
        Assert.Empty(receipt["errors"]!.AsArray());

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("rep.east.1", "generateStatements", "GenerateStatementsInput", Run, new { year = last.Year, month = last.Month })).ErrorCodes);
        var future = await _w.PayloadAsync("finance", "generateStatements", "GenerateStatementsInput", Run, new { year = app.Today.Year + 1, month = 1 });
        Assert.Equal([("VALIDATION", """["input","month"]""")], WriteChecks.CodesAndPaths(future));
        var run = await _w.PayloadAsync("finance", "generateStatements", "GenerateStatementsInput", Run, new { year = last.Year, month = last.Month });
        Assert.Empty(run["errors"]!.AsArray());

        var statement = await StatementOfAsync("rep.east.1", customerId);
        Assert.Equal(("SENT", 0m, 1_200m, 500m, 700m), (statement["status"]!.GetValue<string>(), Money(statement["openingBalance"]!), Money(statement["invoicedAmount"]!),
            Money(statement["receivedAmount"]!), Money(statement["closingBalance"]!)));
        var lines = statement["lines"]!["nodes"]!.AsArray();
        Assert.Equal([("INVOICE", invoiceNumber, 1_200m, 1_200m), ("RECEIPT", receipt["receipt"]!["number"]!.GetValue<string>(), -500m, 700m)],
            lines.Select(l => (l!["kind"]!.GetValue<string>(), l["documentNumber"]!.GetValue<string>(), Money(l["amount"]!), Money(l["balance"]!))));
        Assert.Equal((await _w.MeAsync("rep.east.1")).StaffId, statement["owner"]!["id"]!.GetValue<string>());
        var id = statement["id"]!.GetValue<string>();

        // Outside the rep's own customers and the clerk's region the statement does not exist; finance does not answer for the customer.
        Assert.Equal(["NOT_FOUND"], WriteChecks.CodesAndPaths(await Respond("rep.east.2", id, "CONFIRMED", null)).Select(e => e.Item1));
        Assert.Equal(["NOT_FOUND"], WriteChecks.CodesAndPaths(await Respond("support.north", id, "CONFIRMED", null)).Select(e => e.Item1));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await _w.PostAsync("finance", "recordStatementResponse", "RecordStatementResponseInput", "statement { id }",
            new { statementId = id, response = "CONFIRMED" })).ErrorCodes);

        Assert.Equal([("VALIDATION", """["input","note"]""")], WriteChecks.CodesAndPaths(await Respond("rep.east.1", id, "DISPUTED", " ")));
        var disputed = await Respond("rep.east.1", id, "DISPUTED", "客户称10号另有一笔500元回款未入账 / customer says a second 500 was paid on the 10th");
        Assert.Empty(disputed["errors"]!.AsArray());
        Assert.Equal("DISPUTED", disputed["statement"]!["status"]!.GetValue<string>());

        var disputes = (await app.PostAsync("{ statements(where: { status: { eq: DISPUTED } }, first: 100) { totalCount nodes { id responseNote customer { id } } } }", null, await app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["statements"]!["nodes"]!.AsArray();
        var mine = Assert.Single(disputes, d => d!["id"]!.GetValue<string>() == id)!;
        Assert.StartsWith("客户称10号", mine["responseNote"]!.GetValue<string>());

        var confirmed = await Respond("support.east", id, "CONFIRMED", "补录回款后客户确认 / confirmed after the receipt was found");
        Assert.Equal("CONFIRMED", confirmed["statement"]!["status"]!.GetValue<string>());
        Assert.Equal(["INVALID_TRANSITION"], WriteChecks.CodesAndPaths(await Respond("rep.east.1", id, "DISPUTED", "again")).Select(e => e.Item1));
        Assert.Equal(["recordStatementResponse:update", "recordStatementResponse:update", "generateStatements:create"],
            (await _w.AuditAsync("Statement", id)).Select(a => a.Action));

        // The CSV view: the balances and the lines, for who sees the statement; 404 for who does not.
        var (status, csv) = await CsvAsync(id, "finance");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("closing_balance,700.00", csv);
        Assert.Contains($"1,{Iso(last.AddDays(2))},INVOICE,{invoiceNumber},1200.00,1200.00", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await CsvAsync(id, "rep.north.1")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CsvAsync(id, null)).Status);
    }

    [Fact]
    public async Task TheCommandGeneratesTheSameWayAndIsIdempotent()
    {
        var last = new DateOnly(app.Today.Year, app.Today.Month, 1).AddMonths(-2);
        var (customerId, _) = await CustomerWithInvoiceAsync(last.AddDays(5), 300m);
        var runner = app.Services.GetRequiredService<MutationRunner>();
        var caller = new SalesGraph.Auth.Caller(null, StatementsCommand.Actor, SalesGraph.Data.Entities.StaffRole.Finance, null, null, true, new HashSet<string>(), SalesGraph.Auth.ClientKind.Integration);
        var input = new GenerateStatementsInput { Year = last.Year, Month = last.Month };
        var first = await runner.RunAsync(caller, StatementMutations.Generate, w => StatementMutations.GenerateAsync(w, input), CancellationToken.None);
        Assert.True(first.Succeeded);
        var second = await runner.RunAsync(caller, StatementMutations.Generate, w => StatementMutations.GenerateAsync(w, input), CancellationToken.None);
        Assert.Equal(0, ((StatementRun)second.Entity!).Generated);
        Assert.Equal(((StatementRun)first.Entity!).Generated + ((StatementRun)first.Entity!).AlreadyThere, ((StatementRun)second.Entity!).AlreadyThere);
        var statement = await StatementOfAsync("finance", customerId);
        Assert.Equal(300m, Money(statement["closingBalance"]!));
        Assert.Contains((StatementsCommand.Actor, "generateStatements:create"), (await _w.AuditAsync("Statement", statement["id"]!.GetValue<string>())).Select(a => (a.Actor, a.Action)));
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

    private Task<JsonNode> Respond(string who, string statementId, string response, string? note) =>
        _w.PayloadAsync(who, "recordStatementResponse", "RecordStatementResponseInput", "statement { id status responseNote }", new { statementId, response, note });

    private async Task<JsonNode> StatementOfAsync(string who, string customerId) =>
        (await app.PostAsync($"query($id: ID!) {{ customer(id: $id) {{ statements {{ nodes {{ {StatementFields} }} }} }} }}", new { id = customerId }, await app.TokenAsync(who)))
            .EnsureNoErrors().Data!["customer"]!["statements"]!["nodes"]!.AsArray().Single()!;

    private async Task<(HttpStatusCode Status, string Text)> CsvAsync(string id, string? who)
    {
        using var client = app.CreateClient();
        if (who is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(who));
        }

        using var response = await client.GetAsync(new Uri($"/finance/statements/{Uri.EscapeDataString(id)}.csv", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A new customer of rep.east.1 with an ACTIVE contract and one invoice issued on <paramref name="issuedOn"/>.</summary>
    private async Task<(string CustomerId, string InvoiceNumber)> CustomerWithInvoiceAsync(DateOnly issuedOn, decimal amount)
    {
        var customer = await _w.PayloadAsync("rep.east.1", "createCustomer", "CreateCustomerInput", "customer { id }", new
        {
            name = $"对账测试客户 {Guid.NewGuid():N}"[..20], industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号",
        });
        var customerId = customer["customer"]!["id"]!.GetValue<string>();
        var (productId, listPrice) = await _scenario.ProductAsync(2_000m, 9_000m);
        var draft = (await app.PostAsync(ContractScenario.Create, new
        {
            input = new { customerId, lines = new[] { new { productId, quantity = 10, unitPrice = listPrice } }, startOn = Iso(issuedOn.AddMonths(-1)), endOn = Iso(issuedOn.AddYears(1)) },
        }, await app.TokenAsync("rep.east.1"))).EnsureNoErrors().Data!["createContract"]!;
        var contractId = draft["contract"]!["id"]!.GetValue<string>();
        await _scenario.ApproveAndActivateAsync(contractId, "rep.east.1", "manager.east");
        var invoice = await _w.PayloadAsync("finance", "issueInvoice", "IssueInvoiceInput", "invoice { id number }", new { contractId, amount, issuedOn = Iso(issuedOn) });
        Assert.Empty(invoice["errors"]!.AsArray());
        return (customerId, invoice["invoice"]!["number"]!.GetValue<string>());
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(JsonNode node) => ContractScenario.Price(node);
}
