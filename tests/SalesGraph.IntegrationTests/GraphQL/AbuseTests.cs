using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

/// <summary>
/// A corpus of abusive requests, each refused cleanly (its status, code and reason, no data) before any SQL runs, and the
/// server still answering a normal query quickly afterwards.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AbuseTests(SalesGraphApp app)
{
    private const string Validation = "VALIDATION";
    private const string BadRequest = "BAD_REQUEST";

    /// <summary>One abusive request: its raw JSON body and the refusal expected.</summary>
    public sealed record Abuse(string Name, string Body, int Status, string Code, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Abuse> Corpus() => [.. Documents()];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task AbusiveRequestIsRefusedCleanlyBeforeAnySqlRuns(Abuse abuse)
    {
        var token = await app.TokenAsync("director");
        app.Sql.Reset();

        var (status, body) = await PostRawAsync(abuse.Body, token);

        Assert.True(abuse.Status == status, $"{abuse.Name}: expected {abuse.Status}, got {status}: {Shorten(body)}");
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.False(json.ContainsKey("data"), $"{abuse.Name}: a refused request has no data: {Shorten(body)}");
        var errors = json["errors"]!.AsArray();
        Assert.InRange(errors.Count, 1, 11);
        Assert.All(errors, e => Assert.Equal(abuse.Code, e!["extensions"]!["code"]!.GetValue<string>()));
        if (abuse.Reason is not null)
        {
            Assert.Contains(abuse.Reason, errors.Select(e => e!["extensions"]?["reason"]?.GetValue<string>()));
        }

        Assert.Equal(0, app.Sql.Count);
    }

    [Fact]
    public async Task ServerStillAnswersANormalQueryQuicklyAfterTheWholeCorpus()
    {
        var token = await app.TokenAsync("director");
        foreach (var abuse in Documents())
        {
            var watch = Stopwatch.StartNew();
            var (status, _) = await PostRawAsync(abuse.Body, token);
            Assert.Equal(abuse.Status, status);
            // Refusals happen before execution, so none may wait out the 10 s execution timeout.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{abuse.Name} took {watch.Elapsed}");
        }

        var normal = Stopwatch.StartNew();
        var response = await app.PostAsync("{ customers(first: 5) { nodes { name } } }", token: token);

        Assert.Equal(200, response.Status);
        response.EnsureNoErrors();
        Assert.Equal(5, response.Data!["customers"]!["nodes"]!.AsArray().Count);
        Assert.True(normal.Elapsed < TimeSpan.FromSeconds(5), $"A normal query took {normal.Elapsed}");
    }

    [Fact]
    public async Task ANestedPageWithinTheCostLimitStillAnswers()
    {
        var token = await app.TokenAsync("director");
        // 1 + 20 × (2 + 10 × 3) = 641: well within the default limit.
        var response = await app.PostAsync(
            "{ customers(first: 20) { nodes { name contracts(first: 10) { nodes { number } } } } }", token: token);

        Assert.Equal(200, response.Status);
        response.EnsureNoErrors();
    }

    [Fact]
    public async Task TheBriefsExampleOfMultipliedPagesIsRefusedAsTooCostly()
    {
        var token = await app.TokenAsync("director");
        app.Sql.Reset();

        var response = await app.PostAsync(
            "query($n: Int) { customers(first: $n) { nodes { contracts(first: 500) { nodes { number } } } } }", new { n = 500 }, token);

        Assert.Equal(400, response.Status);
        Assert.Equal(Validation, Assert.Single(response.ErrorCodes));
        Assert.Equal("MAX_COST", response.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Contains("costs", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, app.Sql.Count);
    }

    [Fact]
    public async Task GraphiQLsOwnIntrospectionQueryIsAllowed()
    {
        var token = await app.TokenAsync("director");
        var response = await app.PostAsync(IntrospectionQuery, token: token);

        Assert.Equal(200, response.Status);
        response.EnsureNoErrors();
    }

    private static IEnumerable<Abuse> Documents()
    {
        static string Q(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });
        static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
        static string Parents(int levels) =>
            "{ customers(first: 1) { nodes { region { " + Repeat("parent { ", levels) + "name" + Repeat(" }", levels) + " } } } }";

        // Depth.
        yield return new("depth: 13 levels of region parents", Q(Parents(10)), 400, Validation, "MAX_DEPTH");
        yield return new("depth: 40 levels of region parents", Q(Parents(37)), 400, Validation, "MAX_DEPTH");
        yield return new("depth: 300 levels, deeper than the parser descends", Q(Parents(300)), 400, Validation, "MAX_DEPTH");
        yield return new("depth: 20 000 opening braces", Q(Repeat("{ a ", 20_000)), 400, Validation, "MAX_DEPTH");
        yield return new("depth: chained fragments",
            Q("{ customers(first: 1) { nodes { region { ...F0 } } } } "
              + string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Region {{ name parent {{ ...F{i + 1} }} }} "))
              + "fragment F12 on Region { name }"), 400, Validation, "MAX_DEPTH");
        yield return new("depth: nested inline fragments",
            Q("{ customers(first: 1) { nodes { region { " + Repeat("... on Region { parent { ", 12) + "name" + Repeat(" } }", 12) + " } } } }"),
            400, Validation, "MAX_DEPTH");
        yield return new("depth: connections nested through customer and contracts",
            Q("{ customers(first: 1) { nodes { " + Repeat("contracts(first: 1) { nodes { customer { ", 4) + "name" + Repeat(" } } }", 4) + " } } }"),
            400, Validation, "MAX_DEPTH");

        // Aliases.
        yield return new("aliases: 31 aliased __typename",
            Q("{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: __typename ")) + "}"), 400, Validation, "MAX_ALIASES");
        yield return new("aliases: 100 aliased customer pages",
            Q("{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"c{i}: customers(first: 50) {{ nodes {{ name }} }} ")) + "}"),
            400, Validation, "MAX_ALIASES");
        yield return new("aliases: 1 000 aliased me",
            Q("{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"m{i}: me {{ __typename }} ")) + "}"), 400, Validation, "MAX_ALIASES");
        yield return new("aliases: 40 aliases inside a fragment",
            Q("{ ...F } fragment F on Query { " + string.Concat(Enumerable.Range(0, 40).Select(i => $"t{i}: __typename ")) + "}"),
            400, Validation, "MAX_ALIASES");
        yield return new("aliases: 31 aliased __type lookups",
            Q("{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"t{i}: __type(name: \"Customer\") {{ name }} ")) + "}"),
            400, Validation, "MAX_ALIASES");

        // Field duplication.
        yield return new("fields: __typename 2 001 times", Q("{ " + Repeat("__typename ", 2001) + "}"), 400, Validation, "MAX_FIELDS");
        yield return new("fields: me.__typename 3 000 times", Q("{ me { " + Repeat("__typename ", 3000) + "} }"), 400, Validation, "MAX_FIELDS");
        yield return new("fields: customer name 5 000 times",
            Q("{ customers(first: 1) { nodes { " + Repeat("name ", 5000) + "} } }"), 400, Validation, "MAX_FIELDS");

        // Fragment bombs and cycles.
        yield return new("fragments: each spreading the one before twice (2^30 fields)",
            Q("{ ...F30 } fragment F0 on Query { __typename } "
              + string.Concat(Enumerable.Range(1, 30).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "))),
            400, Validation, "MAX_COST");
        yield return new("fragments: one of 500 fields spread 250 times",
            Q("{ customers(first: 1) { nodes { " + Repeat("...F ", 250) + "} } } fragment F on Customer { " + Repeat("name ", 500) + "}"),
            400, Validation, "MAX_COST");
        yield return new("fragments: a spreads b spreads a",
            Q("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), 400, Validation, null);
        yield return new("fragments: a fragment spreading itself", Q("{ ...A } fragment A on Query { __typename ...A }"), 400, Validation, null);
        yield return new("fragments: a cycle through a field",
            Q("{ customers(first: 1) { nodes { ...A } } } fragment A on Customer { region { ...B } } fragment B on Region { customers { nodes { ...A } } }"),
            400, Validation, null);

        // Huge pages.
        yield return new("pages: first 100 000", Q("{ customers(first: 100000) { totalCount } }"), 400, Validation, "MAX_COST");
        yield return new("pages: last 100 000", Q("{ customers(last: 100000) { nodes { name } } }"), 400, Validation, "MAX_COST");
        yield return new("pages: 500 customers × 500 contracts",
            Q("{ customers(first: 500) { nodes { contracts(first: 500) { nodes { number } } } } }"), 400, Validation, "MAX_COST");
        yield return new("pages: 500 × 500 through variables",
            Q("query($a: Int, $b: Int) { customers(first: $a) { nodes { contracts(first: $b) { nodes { number } } } } }", new { a = 500, b = 500 }),
            400, Validation, "MAX_COST");
        yield return new("pages: three default pages nested (50 × 50 × 50)",
            Q("{ customers { nodes { contracts { nodes { lines { nodes { quantity } } } } } } }"), 400, Validation, "MAX_COST");
        yield return new("pages: 20 aliased pages of 500 × 10",
            Q("{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"c{i}: customers(first: 500) {{ nodes {{ contracts(first: 10) {{ nodes {{ number }} }} }} }} ")) + "}"),
            400, Validation, "MAX_COST");

        // Oversized bodies.
        yield return new("body: 1.1 MB of whitespace", Q("{ __typename" + new string(' ', 1_100_000) + "}"), 413, BadRequest, null);
        yield return new("body: 2 MB variable", Q("query($s: String) { __typename }", new { s = new string('x', 2_000_000) }), 413, BadRequest, null);

        // Batch arrays.
        yield return new("batch: one request in an array", "[" + Q("{ __typename }") + "]", 400, BadRequest, null);
        yield return new("batch: empty array", "[]", 400, BadRequest, null);
        yield return new("batch: 100 requests", "[" + string.Join(",", Enumerable.Repeat(Q("{ customers { nodes { name } } }"), 100)) + "]",
            400, BadRequest, null);

        // Deep variables.
        yield return new("variables: arrays nested 100 deep",
            "{\"query\":\"query($v: Int) { __typename }\",\"variables\":{\"v\":" + Repeat("[", 100) + "1" + Repeat("]", 100) + "}}", 400, BadRequest, null);
        yield return new("variables: objects nested 1 000 deep",
            "{\"query\":\"query($v: Int) { __typename }\",\"variables\":{\"v\":" + Repeat("{\"a\":", 1000) + "1" + Repeat("}", 1000) + "}}", 400, BadRequest, null);
        yield return new("variables: nested lists given for an Int",
            "{\"query\":\"query($v: Int) { customers(first: $v) { totalCount } }\",\"variables\":{\"v\":" + Repeat("[", 50) + "1" + Repeat("]", 50) + "}}",
            400, Validation, null);

        // Introspection abuse.
        yield return new("introspection: ofType 20 deep",
            Q("{ __type(name: \"Customer\") { " + Repeat("ofType { ", 20) + "name" + Repeat(" }", 20) + " } }"), 400, Validation, "MAX_DEPTH");
        yield return new("introspection: fields → type → fields cycle",
            Q("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"), 400, Validation, "MAX_INTROSPECTION");
        yield return new("introspection: interfaces → fields → possibleTypes",
            Q("{ __schema { types { interfaces { fields { type { possibleTypes { name } } } } } } }"), 400, Validation, "MAX_INTROSPECTION");
        yield return new("introspection: __schema twice",
            Q("{ a: __schema { types { name } } b: __schema { types { name } } }"), 400, Validation, "MAX_INTROSPECTION");
        yield return new("introspection: 31 aliased full schemas",
            Q("{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}"),
            400, Validation, "MAX_ALIASES");
        yield return new("introspection: __type fields cycle",
            Q("{ __type(name: \"Query\") { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } }"),
            400, Validation, "MAX_INTROSPECTION");

        // Directives.
        yield return new("directives: 21 fields with @include",
            Q("{ " + string.Concat(Enumerable.Range(0, 21).Select(i => $"__typename @include(if: true) ")) + "}"), 400, Validation, "MAX_DIRECTIVES");
        yield return new("directives: 50 @skip on one field", Q("{ __typename " + Repeat("@skip(if: false) ", 50) + "}"), 400, Validation, "MAX_DIRECTIVES");
        yield return new("directives: 30 directives on fragment spreads",
            Q("{ " + Repeat("...F @include(if: true) ", 30) + "} fragment F on Query { __typename }"), 400, Validation, "MAX_DIRECTIVES");

        // Validation errors.
        yield return new("errors: 50 unknown fields",
            Q("{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"unknown{i} ")) + "}"), 400, Validation, "MAX_VALIDATION_ERRORS");
        yield return new("errors: 200 unknown arguments",
            Q("{ customers(" + string.Concat(Enumerable.Range(0, 200).Select(i => $"x{i}: 1 ")) + ") { totalCount } }"),
            400, Validation, "MAX_VALIDATION_ERRORS");

        // Garbage.
        yield return new("syntax: unbalanced braces", Q("{ customers { nodes { name }"), 400, BadRequest, null);
        yield return new("syntax: a megabyte-free binary-looking query", Q("\u0001\u0002\u0003"), 400, BadRequest, null);
    }

    private async Task<(int Status, string Body)> PostRawAsync(string body, string token)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;

    // GraphiQL's (graphql-js 16) introspection query, the deepest a legitimate client sends.
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
