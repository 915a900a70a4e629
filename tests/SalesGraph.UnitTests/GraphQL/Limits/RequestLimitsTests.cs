using Microsoft.Extensions.Options;
using SalesGraph.GraphQL.Limits;
using SalesGraph.UnitTests.GraphQL.Testing;

namespace SalesGraph.UnitTests.GraphQL.Limits;

public sealed class RequestLimitsTests
{
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => (string?)p.Value);

    private static string? Reason(GraphQLHttp.Reply reply) =>
        reply.FirstError.GetProperty("extensions").TryGetProperty("reason", out var reason) ? reason.GetString() : null;

    [Fact]
    public async Task AnOperationRunningPastTheTimeoutIsCancelledAndAnsweredWithTimeout()
    {
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:ExecutionTimeout", "00:00:00.200")));

        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ forever }" });

        Assert.Equal(504, reply.Status);
        Assert.Equal("TIMEOUT", reply.FirstErrorCode);
        Assert.False(reply.HasData);
    }

    [Theory]
    [InlineData("{ items(first: 10) { nodes { name } } }", true)]
    [InlineData("{ items(first: 60) { nodes { name } } }", false)]
    [InlineData("{ items { nodes { name } } }", false)]
    [InlineData("{ items(last: 120) { totalCount } }", false)]
    [InlineData("{ items(first: 2) { nodes { related { related { related { name } } } } } }", true)]
    [InlineData("{ items(first: 24) { nodes { name } } more: items(first: 24) { nodes { name } } }", true)]
    [InlineData("{ items(first: 25) { nodes { name } } more: items(first: 25) { nodes { name } } }", false)]
    public async Task CostIsOnePerFieldWithConnectionsMultiplyingByTheirPageSize(string query, bool allowed)
    {
        // items(first: n) { nodes { name } } costs 1 + n × 2.
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:MaxCost", "100")));

        var reply = await app.CreateClient().PostJsonAsync(new { query });

        if (allowed)
        {
            Assert.Equal(200, reply.Status);
        }
        else
        {
            Assert.Equal(400, reply.Status);
            Assert.Equal("VALIDATION", reply.FirstErrorCode);
            Assert.Equal(LimitReasons.MaxCost, Reason(reply));
        }
    }

    [Fact]
    public async Task PageSizesGivenAsVariablesAreCounted()
    {
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:MaxCost", "100")));

        var reply = await app.CreateClient().PostJsonAsync(new { query = "query($n: Int) { items(first: $n) { nodes { name } } }", variables = new { n = 60 } });

        Assert.Equal(400, reply.Status);
        Assert.Equal(LimitReasons.MaxCost, Reason(reply));
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    public async Task FieldSuggestionsAreGivenOnlyInDevelopment(string environment, bool suggests)
    {
        await using var app = await LimitsTestApp.StartAsync(environment);

        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greting }" });

        Assert.Equal(400, reply.Status);
        var message = reply.FirstError.GetProperty("message").GetString()!;
        Assert.Contains("greting", message, StringComparison.Ordinal);
        Assert.Equal(suggests, message.Contains("Did you mean", StringComparison.Ordinal));
        Assert.True(reply.FirstError.TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task FieldSuggestionsCanBeSwitchedOffInDevelopmentToo()
    {
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:FieldSuggestions", "false")));

        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ items(frist: 1) { totalCount } }" });

        Assert.DoesNotContain("Did you mean", reply.FirstError.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntrospectionCanBeSwitchedOffWhileOrdinaryQueriesStillAnswer()
    {
        await using var app = await LimitsTestApp.StartAsync("Production", Settings(("GraphQL:EnableIntrospection", "false")));
        var client = app.CreateClient();

        var introspection = await client.PostJsonAsync(new { query = "{ __schema { types { name } } }" });
        var typeLookup = await client.PostJsonAsync(new { query = "{ __type(name: \"Item\") { name } }" });
        var ordinary = await client.PostJsonAsync(new { query = "{ greeting __typename }" });

        Assert.Equal(400, introspection.Status);
        Assert.Equal("VALIDATION", introspection.FirstErrorCode);
        Assert.Equal(LimitReasons.IntrospectionDisabled, Reason(introspection));
        Assert.Equal(400, typeLookup.Status);
        Assert.Equal(200, ordinary.Status);
        Assert.Equal("Hello", ordinary.Data.GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task IntrospectionIsOnByDefault()
    {
        await using var app = await LimitsTestApp.StartAsync("Production");

        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ __schema { types { name } } }" });

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task ValidationErrorsAreCappedWithOneLastErrorSayingHowManyWereLeftOut()
    {
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:MaxValidationErrors", "3")));
        var query = "{ " + string.Concat(Enumerable.Range(0, 8).Select(i => $"unknown{i} ")) + "}";

        var reply = await app.CreateClient().PostJsonAsync(new { query });

        var errors = reply.Json.GetProperty("errors");
        Assert.Equal(4, errors.GetArrayLength());
        Assert.Equal(LimitReasons.MaxValidationErrors, errors[3].GetProperty("extensions").GetProperty("reason").GetString());
        Assert.Contains("5 more errors", errors[3].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ items { nodes { related { related { name } } } } }", true)]
    [InlineData("{ items { nodes { related { related { related { name } } } } } }", false)]
    public async Task DepthIsLimitedAsConfigured(string query, bool allowed)
    {
        await using var app = await LimitsTestApp.StartAsync(settings: Settings(("GraphQL:Limits:MaxDepth", "5")));

        var reply = await app.CreateClient().PostJsonAsync(new { query });

        Assert.Equal(allowed ? 200 : 400, reply.Status);
        if (!allowed)
        {
            Assert.Equal(LimitReasons.MaxDepth, Reason(reply));
        }
    }

    [Fact]
    public async Task ABatchArrayGetsAClear400()
    {
        await using var app = await LimitsTestApp.StartAsync();

        var reply = await app.CreateClient().PostRawAsync("[{\"query\":\"{ greeting }\"}]", "application/json");

        Assert.Equal(400, reply.Status);
        Assert.Equal("BAD_REQUEST", reply.FirstErrorCode);
        Assert.Contains("Batched requests", reply.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "0")]
    [InlineData("GraphQL:Limits:MaxCost", "-1")]
    [InlineData("GraphQL:Limits:ExecutionTimeout", "00:00:00")]
    [InlineData("GraphQL:Limits:MaxValidationErrors", "0")]
    public async Task InvalidLimitsStopTheAppAtStartUp(string key, string value)
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => LimitsTestApp.StartAsync(settings: Settings((key, value))));
    }

    [Fact]
    public void DefaultsAreTheDocumentedOnes()
    {
        var defaults = new GraphQLLimitsOptions();

        Assert.Equal(12, defaults.MaxDepth);
        Assert.Equal(100_000, defaults.MaxCost);
        Assert.Equal(30, defaults.MaxAliases);
        Assert.Equal(20, defaults.MaxDirectives);
        Assert.Equal(10, defaults.MaxValidationErrors);
        Assert.Equal(TimeSpan.FromSeconds(10), defaults.ExecutionTimeout);
        Assert.True(defaults.EnableIntrospection);
        Assert.Null(defaults.FieldSuggestions);
    }
}
