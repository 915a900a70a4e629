using System.Collections.Concurrent;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Contracts;

[Collection(SharedApp.Name)]
public sealed class ConcurrentWriteTests(SalesGraphApp app)
{
    private readonly ContractScenario _scenario = new(app);

    [Fact]
    public async Task TwentyConcurrentUpdatesEachWinOneVersionAndNoneIsLost()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var id = draft["id"]!.GetValue<string>();
        var token = await app.TokenAsync("rep.east.1");
        const string Read = "query($id: ID!) { contract(id: $id) { version lines { nodes { quantity agreedUnitPrice product { id } } } } }";
        var won = new ConcurrentBag<int>();
        var conflicts = 0;
        var statuses = new ConcurrentBag<int>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var current = (await app.PostAsync(Read, new { id }, token)).EnsureNoErrors().Data!["contract"]!;
                var version = current["version"]!.GetValue<int>();
                var line = current["lines"]!["nodes"]![0]!;
                var input = new
                {
                    contractId = id,
                    version,
                    lines = new[] { new { productId = line["product"]!["id"]!.GetValue<string>(), quantity = line["quantity"]!.GetValue<int>() + 1, unitPrice = ContractScenario.Price(line["agreedUnitPrice"]!) } },
                };
                var response = await app.PostAsync(ContractScenario.Update, new { input }, token);
                statuses.Add(response.Status);
                var errors = response.EnsureNoErrors().Data!["updateContract"]!["errors"]!.AsArray();
                if (errors.Count == 0)
                {
                    won.Add(version);
                    return;
                }

                Assert.Equal("CONFLICT", errors[0]!["code"]!.GetValue<string>());
                Interlocked.Increment(ref conflicts);
            }

            Assert.Fail("An update never won.");
        }));

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(20, won.Count);
        Assert.Equal(20, won.Distinct().Count());
        var final = (await app.PostAsync(Read, new { id }, token)).EnsureNoErrors().Data!["contract"]!;
        Assert.Equal(100 + 20, final["lines"]!["nodes"]![0]!["quantity"]!.GetValue<int>());
        Assert.Equal(draft["version"]!.GetValue<int>() + 20, final["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task RacingCreatesWithOneIdempotencyKeyMakeOneContract()
    {
        var key = Guid.NewGuid().ToString("N");
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _scenario.DraftAsync("rep.east.1", 0m, key)));
        Assert.Single(results.Select(r => r["id"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public async Task ErpImportsPaymentsPerItemAndAnExternalIdNeverDuplicates()
    {
        var draft = await _scenario.DraftAsync("rep.east.1", 0m);
        var id = draft["id"]!.GetValue<string>();
        var erp = await app.TokenAsync("erp");
        var externalId = "ERP-" + Guid.NewGuid().ToString("N");
        const string Import = "mutation($input: ImportPaymentsInput!) { importPayments(input: $input) { results { payment { id amount externalId } errors { code path } } } }";
        var items = new object[]
        {
            new { contractId = id, amount = 1000.50m, externalId, receivedOn = "2026-01-05" },
            new { contractId = id, amount = -5m },
        };
        var first = (await app.PostAsync(Import, new { input = new { items } }, erp)).EnsureNoErrors().Data!["importPayments"]!["results"]!.AsArray();
        Assert.Empty(first[0]!["errors"]!.AsArray());
        Assert.Equal("[\"input\",\"items\",1,\"amount\"]", first[1]!["errors"]![0]!["path"]!.ToJsonString());

        var again = (await app.PostAsync(Import, new { input = new { items = new[] { new { contractId = id, amount = 1200m, externalId } } } }, erp))
            .EnsureNoErrors().Data!["importPayments"]!["results"]!.AsArray();
        Assert.Equal(first[0]!["payment"]!["id"]!.GetValue<string>(), again[0]!["payment"]!["id"]!.GetValue<string>());
        Assert.Equal(1200m, ContractScenario.Price(again[0]!["payment"]!["amount"]!));

        // The ERP's grants do not include confirming payments (finance only).
        var paymentId = first[0]!["payment"]!["id"]!.GetValue<string>();
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await app.PostAsync(
            "mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { id } } }", new { input = new { paymentId } }, erp)).ErrorCodes);
    }
}
