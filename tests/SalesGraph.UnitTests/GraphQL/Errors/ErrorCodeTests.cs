using SalesGraph.GraphQL.Errors;
using SalesGraph.UnitTests.GraphQL.Testing;

namespace SalesGraph.UnitTests.GraphQL.Errors;

public sealed class ErrorCodeTests
{
    [Fact]
    public async Task SyntaxErrorGets400WithBadRequestCodeAndNoData()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{" });

        Assert.Equal(400, reply.Status);
        Assert.Equal(ErrorCodes.BadRequest, reply.FirstErrorCode);
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task SyntaxErrorGets200WhenTheClientAcceptsOnlyApplicationJson()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{" }, "application/json");

        Assert.Equal(200, reply.Status);
        Assert.Equal(ErrorCodes.BadRequest, reply.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ noSuchField }")]
    [InlineData("{ double(value: \"two\") }")]
    [InlineData("{ double }")]
    public async Task InvalidDocumentGets400WithValidationCode(string query)
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query });

        Assert.Equal(400, reply.Status);
        Assert.Equal(ErrorCodes.Validation, reply.FirstErrorCode);
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task WrongVariableValueGets400WithValidationCode()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new
        {
            query = "query Double($v: Int!) { double(value: $v) }",
            variables = new { v = "not a number" },
        });

        Assert.Equal(400, reply.Status);
        Assert.Equal(ErrorCodes.Validation, reply.FirstErrorCode);
    }

    [Fact]
    public async Task ValidationErrorGets200WhenTheClientAcceptsOnlyApplicationJson()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ noSuchField }" }, "application/json");

        Assert.Equal(200, reply.Status);
        Assert.Equal(ErrorCodes.Validation, reply.FirstErrorCode);
    }

    [Fact]
    public async Task ResolverNotFoundErrorKeepsTheOtherFieldsAndItsCode()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greeting missingThing }" });

        Assert.Equal(200, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("greeting").GetString());
        Assert.Equal(ErrorCodes.NotFound, reply.FirstErrorCode);
        Assert.Equal("Thing not found.", reply.FirstError.GetProperty("message").GetString());
        Assert.Equal("missingThing", reply.FirstError.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task UnexpectedExceptionIsLoggedWithATraceIdThatTheClientAlsoGetsWithoutInternals()
    {
        await using var app = await TinyGraphQLApp.StartAsync();
        var reply = await app.CreateClient().PostJsonAsync(new { query = "{ greeting broken }" });

        Assert.Equal(200, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("greeting").GetString());
        Assert.Equal(ErrorCodes.InternalServerError, reply.FirstErrorCode);
        var traceId = reply.FirstError.GetProperty("extensions").GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        Assert.DoesNotContain("hunter2", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reply.Body, StringComparison.Ordinal);

        var logged = Assert.Single(app.Logs.Entries, e => e.Category == UnhandledExceptionReporter.LogCategory);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(traceId!, logged.Message, StringComparison.Ordinal);
        Assert.Contains("hunter2", logged.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodedErrorKeepsItsCodeEvenWithAnInnerException()
    {
        var error = new CodedExecutionError(ErrorCodes.NotFound, "Gone.", new KeyNotFoundException());

        Assert.Equal(ErrorCodes.NotFound, ErrorCodeMapping.CodeFor(error));
    }

    [Fact]
    public void PlainExecutionErrorWrappingAnUnexpectedExceptionCountsAsInternal()
    {
        var error = new global::GraphQL.ExecutionError("Oops.", new InvalidOperationException());

        Assert.Equal(ErrorCodes.InternalServerError, ErrorCodeMapping.CodeFor(error));
        var info = new StableCodeErrorInfoProvider().GetInfo(error);
        Assert.Equal(StableCodeErrorInfoProvider.InternalErrorMessage, info.Message);
    }
}
