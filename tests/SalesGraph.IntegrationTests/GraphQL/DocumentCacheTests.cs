using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

/// <summary>
/// The same document text sent again is served from the validated-document cache; what depends on the caller and on
/// the request must still hold for it.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DocumentCacheTests(SalesGraphApp app)
{
    [Fact]
    public async Task ARepeatedDocumentIsStillAuthorizedForEachCaller()
    {
        // A text of its own, so no other test has cached it in another state.
        const string query = "query CachedCreditTerms { customers(first: 2) { nodes { code creditLimit } } }";
        var director = await app.PostAsync(query, token: await app.TokenAsync("director"));
        var support = await app.PostAsync(query, token: await app.TokenAsync("support.east"));
        var directorAgain = await app.PostAsync(query, token: await app.TokenAsync("director"));

        director.EnsureNoErrors();
        Assert.All(director.Data!["customers"]!["nodes"]!.AsArray(), c => Assert.NotNull(c!["creditLimit"]));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], support.ErrorCodes);
        Assert.All(support.Data!["customers"]!["nodes"]!.AsArray(), c => Assert.Null(c!["creditLimit"]));
        Assert.Equal(director.Data!.ToJsonString(), directorAgain.EnsureNoErrors().Data!.ToJsonString());
    }

    [Fact]
    public async Task ARepeatedDocumentIsStillRefusedWhenItsVariablesMakeItTooCostly()
    {
        const string query = """
            query CachedNestedPages($size: Int!) {
              customers(first: $size) { nodes { contracts(first: $size) { nodes { lines(first: $size) { nodes { quantity } } } } } }
            }
            """;
        var token = await app.TokenAsync("director");
        (await app.PostAsync(query, new { size = 2 }, token)).EnsureNoErrors();

        app.Sql.Reset();
        var refused = await app.PostAsync(query, new { size = 500 }, token);

        Assert.Equal(400, refused.Status);
        Assert.Null(refused.Data);
        Assert.Equal("MAX_COST", refused.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Equal(0, app.Sql.Count);
        (await app.PostAsync(query, new { size = 2 }, token)).EnsureNoErrors();
    }

    [Fact]
    public async Task ARepeatedDocumentStillRefusesAVariableOfTheWrongType()
    {
        const string query = "query CachedPageSize($size: Int!) { customers(first: $size) { nodes { code } } }";
        var token = await app.TokenAsync("director");
        (await app.PostAsync(query, new { size = 1 }, token)).EnsureNoErrors();

        var refused = await app.PostAsync(query, new { size = "many" }, token);

        Assert.Equal(400, refused.Status);
        Assert.Equal(["VALIDATION"], refused.ErrorCodes);
    }

    [Fact]
    public async Task ARefusedDocumentStaysRefusedWhenSentAgain()
    {
        const string query = "query CachedUnknownField { customers(first: 1) { nodes { noSuchField } } }";
        var token = await app.TokenAsync("director");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var refused = await app.PostAsync(query, token: token);
            Assert.Equal(400, refused.Status);
            Assert.Equal(["VALIDATION"], refused.ErrorCodes);
        }
    }
}
