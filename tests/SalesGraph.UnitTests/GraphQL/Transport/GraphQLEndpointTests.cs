using SalesGraph.UnitTests.GraphQL.Testing;

namespace SalesGraph.UnitTests.GraphQL.Transport;

public sealed class GraphQLEndpointTests
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task PostedQueryAnswersWithDataAsGraphQLResponseJson()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greeting }" });

        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLResponseJson, reply.MediaType);
        Assert.Contains("charset=utf-8", reply.ContentType, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("greeting").GetString());
    }

    [Theory]
    [InlineData(null, GraphQLResponseJson)]
    [InlineData("*/*", GraphQLResponseJson)]
    [InlineData("application/*", GraphQLResponseJson)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    public async Task ResponseMediaTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greeting }" }, accept);

        Assert.Equal(200, reply.Status);
        Assert.Equal(expected, reply.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0")]
    public async Task UnacceptableAcceptHeaderGets406(string accept)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greeting }" }, accept);

        Assert.Equal(406, reply.Status);
        Assert.Equal("BAD_REQUEST", reply.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task UnsupportedContentTypeGets415(string? contentType)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostRawAsync("""{"query":"{ greeting }"}""", contentType);

        Assert.Equal(415, reply.Status);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"qeury": "{ greeting }"}""")]
    [InlineData("""{"query": "{ greeting }", "variables": "x"}""")]
    [InlineData("""{"query": "{ greeting }", "extensions": [1]}""")]
    [InlineData("""{"query": "{ greeting }", "operationName": false}""")]
    public async Task UnparsableOrMisshapenRequestGets400WithBadRequestCode(string body)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var reply = await app.CreateClient().PostRawAsync(body, "application/json", accept);

            Assert.Equal(400, reply.Status);
            Assert.Equal(accept, reply.MediaType);
            Assert.Equal("BAD_REQUEST", reply.FirstErrorCode);
            Assert.False(reply.HasData);
        }
    }

    [Fact]
    public async Task NullVariablesOperationNameAndExtensionsAreAllowed()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostRawAsync(
            """{"query":"{ greeting }","variables":null,"operationName":null,"extensions":null}""", "application/json");

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task PostedVariablesReachTheResolver()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new
        {
            query = "query Greet($name: String) { greeting(name: $name) }",
            variables = new { name = "Ada" },
            extensions = new { tracing = true },
        });

        Assert.Equal(200, reply.Status);
        Assert.Equal("Hello, Ada!", reply.Data.GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task OperationNameSelectsWhichOperationRuns()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new
        {
            query = "query First { greeting } query Second { double(value: 21) }",
            operationName = "Second",
        });

        Assert.Equal(200, reply.Status);
        Assert.Equal(42, reply.Data.GetProperty("double").GetInt32());
        Assert.False(reply.Data.TryGetProperty("greeting", out _));
    }

    [Theory]
    [InlineData("Third")]
    [InlineData(null)]
    public async Task UnknownOrMissingOperationNameInMultiOperationDocumentGets400(string? operationName)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new
        {
            query = "query First { greeting } query Second { double(value: 21) }",
            operationName,
        });

        Assert.Equal(400, reply.Status);
        Assert.Equal("BAD_REQUEST", reply.FirstErrorCode);
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task GetRunsAQueryWithUrlEncodedVariables()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var query = Uri.EscapeDataString("query Double($v: Int!) { double(value: $v) }");
        var variables = Uri.EscapeDataString("""{"v": 5}""");
        var reply = await app.CreateClient().GetQueryAsync($"query={query}&variables={variables}&operationName=Double");

        Assert.Equal(200, reply.Status);
        Assert.Equal(10, reply.Data.GetProperty("double").GetInt32());
    }

    [Fact]
    public async Task GetWithoutQueryGets400()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().GetQueryAsync("operationName=x", Json);

        Assert.Equal(400, reply.Status);
        Assert.Equal("BAD_REQUEST", reply.FirstErrorCode);
    }

    [Theory]
    [InlineData("mutation { stepA }", null)]
    [InlineData("query Q { greeting } mutation M { stepA }", "M")]
    public async Task MutationOverGetGets405AllowingPostAndDoesNotRun(string document, string? operationName)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var query = "query=" + Uri.EscapeDataString(document) + (operationName is null ? "" : "&operationName=" + operationName);
        var reply = await app.CreateClient().GetQueryAsync(query);

        Assert.Equal(405, reply.Status);
        Assert.Equal("POST", reply.Allow);
        Assert.Equal(0, app.Probe.MaxInFlight);
    }

    [Fact]
    public async Task MutationOverPostRuns()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "mutation { stepA }" });

        Assert.Equal(200, reply.Status);
        Assert.Equal(1, reply.Data.GetProperty("stepA").GetInt32());
    }

    [Fact]
    public async Task MutationFieldsRunOneAfterAnother()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "mutation { a: stepA b: stepB c: stepA }" });

        Assert.Equal(200, reply.Status);
        Assert.Equal(1, app.Probe.MaxInFlight);
    }

    [Fact]
    public async Task QueryFieldsRunInParallel()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ meetA meetB }" });

        Assert.Equal(200, reply.Status);
        Assert.True(reply.Data.GetProperty("meetA").GetBoolean());
        Assert.True(reply.Data.GetProperty("meetB").GetBoolean());
    }

    [Fact]
    public async Task CallerAndHttpContextReachResolvers()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostRawAsync("""{"query":"{ callerName requestPath cancellationMatchesRequest }"}""",
            "application/json", headers: new Dictionary<string, string> { [TinyGraphQLApp.TestUserHeader] = "ada" });

        Assert.Equal(200, reply.Status);
        Assert.Equal("ada", reply.Data.GetProperty("callerName").GetString());
        Assert.Equal("/graphql", reply.Data.GetProperty("requestPath").GetString());
        Assert.True(reply.Data.GetProperty("cancellationMatchesRequest").GetBoolean());
    }

    [Fact]
    public async Task BodyOverTheConfiguredLimitGets413()
    {
        await using var app = await TinyGraphQLApp.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:MaxRequestBodyBytes"] = "64" });
        var client = app.CreateClient();

        var small = await client.PostJsonAsync(new { query = "{ greeting }" });
        var large = await client.PostJsonAsync(new { query = "{ greeting }", variables = new { padding = new string('x', 100) } });

        Assert.Equal(200, small.Status);
        Assert.Equal(413, large.Status);
    }

    [Fact]
    public async Task GetCanBeSwitchedOffByConfiguration()
    {
        await using var app = await TinyGraphQLApp.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:EnableGetRequests"] = "false" });
        var reply = await app.CreateClient().GetQueryAsync("query=" + Uri.EscapeDataString("{ greeting }"));

        Assert.Equal(405, reply.Status);
        Assert.Equal("POST", reply.Allow);
    }
}
