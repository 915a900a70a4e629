using System.Text;
using System.Text.Json.Nodes;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>What tests of mutations ask the API again and again: who I am, and what the audit log says about an object.</summary>
internal sealed class WriteChecks(SalesGraphApp app)
{
    public const string Errors = "errors { __typename code message path ... on ConflictError { changedFields currentVersion } }";

    /// <summary>The global ids of a demo account's staff record and region.</summary>
    public async Task<(string StaffId, string? RegionId)> MeAsync(string username)
    {
        var me = (await app.PostAsync("{ me { staff { id } region { id } } }", null, await app.TokenAsync(username))).EnsureNoErrors().Data!["me"]!;
        return (me["staff"]!["id"]!.GetValue<string>(), me["region"]?["id"]?.GetValue<string>());
    }

    /// <summary>The audit entries of one object, newest first, as the director reads them: (actor, action, changes).</summary>
    public async Task<List<(string Actor, string Action, string Changes)>> AuditAsync(string entityType, string globalId)
    {
        const string Query = "query($type: String!, $id: String!) { auditEntries(entityType: $type, entityId: $id, first: 100) { nodes { actorName action changes } } }";
        var nodes = (await app.PostAsync(Query, new { type = entityType, id = LocalId(globalId) }, await app.TokenAsync("director"))).EnsureNoErrors()
            .Data!["auditEntries"]!["nodes"]!.AsArray();
        return [.. nodes.Select(n => (n!["actorName"]!.GetValue<string>(), n["action"]!.GetValue<string>(), n["changes"]!.GetValue<string>()))];
    }

    /// <summary>Posts a mutation and returns its payload, failing on GraphQL errors.</summary>
    public async Task<JsonNode> PayloadAsync(string who, string mutation, string inputType, string selection, object input)
    {
        var response = await PostAsync(who, mutation, inputType, selection, input);
        return response.EnsureNoErrors().Data![mutation]!;
    }

    /// <summary>Posts a mutation as <paramref name="who"/>.</summary>
    public async Task<GraphQLResponse> PostAsync(string who, string mutation, string inputType, string selection, object input) =>
        await app.PostAsync($$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} {{Errors}} } }""", new { input }, await app.TokenAsync(who));

    public static string LocalId(string globalId)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId.Replace('-', '+').Replace('_', '/').PadRight((globalId.Length + 3) / 4 * 4, '=')));
        return text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    public static IEnumerable<(string Code, string Path)> CodesAndPaths(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["path"]!.ToJsonString()));
}
