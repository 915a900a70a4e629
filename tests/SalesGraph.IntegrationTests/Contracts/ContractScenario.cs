using System.Globalization;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Contracts;

/// <summary>Writes contracts through the API as the demo accounts do, for tests of the workflow.</summary>
internal sealed class ContractScenario(SalesGraphApp app)
{
    public const string ContractFields = "id number status version listTotal agreedTotal discountAmount paymentTermDays startOn endOn lines { nodes { quantity agreedUnitPrice } } history { nodes { kind fromStatus toStatus approvalLevel comment } }";

    public const string Errors = "errors { __typename code message path ... on ConflictError { changedFields currentVersion } }";

    public const string Create = $$"""
        mutation($input: CreateContractInput!) { createContract(input: $input) { contract { {{ContractFields}} } {{Errors}} } }
        """;

    public const string Update = $$"""
        mutation($input: UpdateContractInput!) { updateContract(input: $input) { contract { {{ContractFields}} } {{Errors}} } }
        """;

    public static string Step(string name) => $$"""
        mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { contract { {{ContractFields}} } {{Errors}} } }
        """;

    /// <summary>A customer of <paramref name="rep"/> (grade A when there is one, so the credit check rarely interferes).</summary>
    public async Task<string> CustomerOfAsync(string rep)
    {
        var nodes = (await app.PostAsync("{ customers(first: 200) { nodes { id grade } } }", null, await app.TokenAsync(rep)))
            .EnsureNoErrors().Data!["customers"]!["nodes"]!.AsArray();
        var a = nodes.FirstOrDefault(n => n!["grade"]!.GetValue<string>() == "A") ?? nodes[0]!;
        return a!["id"]!.GetValue<string>();
    }

    /// <summary>An active product priced between <paramref name="min"/> and <paramref name="max"/> CNY.</summary>
    public async Task<(string Id, decimal ListPrice)> ProductAsync(decimal min, decimal max)
    {
        var nodes = (await app.PostAsync("{ products(first: 500) { nodes { id listPrice isActive } } }", null, await app.TokenAsync("director")))
            .EnsureNoErrors().Data!["products"]!["nodes"]!.AsArray();
        var product = nodes.First(n => n!["isActive"]!.GetValue<bool>() && Price(n!["listPrice"]!) is var p && p >= min && p <= max)!;
        return (product["id"]!.GetValue<string>(), Price(product["listPrice"]!));
    }

    /// <summary>A draft of <paramref name="rep"/> with one line of 100 units discounted by <paramref name="discount"/> in total.</summary>
    public async Task<JsonNode> DraftAsync(string rep, decimal discount, string? idempotencyKey = null)
    {
        var (productId, listPrice) = await ProductAsync(2_000m, 9_000m);
        var input = new
        {
            customerId = await CustomerOfAsync(rep),
            lines = new[] { new { productId, quantity = 100, unitPrice = listPrice - (discount / 100m) } },
            startOn = "2027-01-01",
            endOn = "2027-12-31",
            idempotencyKey,
        };
        var response = (await app.PostAsync(Create, new { input }, await app.TokenAsync(rep))).EnsureNoErrors();
        var payload = response.Data!["createContract"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["contract"]!;
    }

    /// <summary>
    /// Submits the draft <paramref name="id"/> as <paramref name="submitter"/>, approves it as <paramref name="approver"/>
    /// (and as finance when the credit check still asks) and activates it as the east desk.
    /// </summary>
    public async Task ApproveAndActivateAsync(string id, string submitter, string approver)
    {
        (await StepAsync(submitter, "submitContract", new { contractId = id })).EnsureNoErrors();
        var status = (await StepAsync(approver, "approveContract", new { contractId = id })).EnsureNoErrors()
            .Data!["approveContract"]!["contract"]!["status"]!.GetValue<string>();
        if (status == "PENDING_APPROVAL")
        {
            (await StepAsync("finance", "approveContract", new { contractId = id })).EnsureNoErrors();
        }

        (await StepAsync("support.east", "activateContract", new { contractId = id })).EnsureNoErrors();
    }

    /// <summary>The first customer of <paramref name="kind"/> (DISTRIBUTOR, AGENT, ENTERPRISE) the caller sees.</summary>
    public async Task<string> CustomerOfKindAsync(string token, string kind) =>
        (await app.PostAsync($"{{ customers(first: 1, where: {{ kind: {{ eq: {kind} }} }}) {{ nodes {{ id }} }} }}", null, token))
            .EnsureNoErrors().Data!["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();

    public async Task<GraphQLResponse> StepAsync(string who, string step, object input) =>
        await app.PostAsync(Step(step), new { input }, await app.TokenAsync(who));

    public static decimal Price(JsonNode node) => decimal.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);
}
