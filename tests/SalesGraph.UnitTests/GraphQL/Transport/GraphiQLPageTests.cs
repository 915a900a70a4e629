using SalesGraph.UnitTests.GraphQL.Testing;

namespace SalesGraph.UnitTests.GraphQL.Transport;

public sealed class GraphiQLPageTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task BrowserGetsGraphiQLInDevelopmentWithLocalScriptsOnly()
    {
        await using var app = await TinyGraphQLApp.StartAsync("Development");
        var reply = await app.CreateClient().GetQueryAsync("", BrowserAccept);

        Assert.Equal(200, reply.Status);
        Assert.Equal("text/html", reply.MediaType);
        Assert.Contains("/graphql/graphiql-assets/graphiql.min.js", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowserGetsNoGraphiQLInProduction()
    {
        await using var app = await TinyGraphQLApp.StartAsync("Production");
        var client = app.CreateClient();
        var page = await client.GetQueryAsync("", "text/html");
        using var asset = await client.GetAsync(new Uri("/graphql/graphiql-assets/graphiql.min.js", UriKind.Relative));

        Assert.Equal(406, page.Status);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task GraphiQLCanBeSwitchedOnByConfiguration()
    {
        await using var app = await TinyGraphQLApp.StartAsync("Production",
            settings: new Dictionary<string, string?> { ["GraphQL:EnableGraphiQL"] = "true" });
        var reply = await app.CreateClient().GetQueryAsync("", BrowserAccept);

        Assert.Equal(200, reply.Status);
        Assert.Equal("text/html", reply.MediaType);
    }

    [Fact]
    public async Task AssetsOutsideTheKnownListAreNotServed()
    {
        await using var app = await TinyGraphQLApp.StartAsync("Development");
        using var response = await app.CreateClient().GetAsync(new Uri("/graphql/graphiql-assets/appsettings.json", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BuiltGraphiQLFilesAreServedFromTheWebRoot()
    {
        var webRoot = Directory.CreateTempSubdirectory("graphiql-webroot-");
        try
        {
            Directory.CreateDirectory(Path.Combine(webRoot.FullName, "graphiql"));
            await File.WriteAllTextAsync(Path.Combine(webRoot.FullName, "graphiql", "graphiql.min.js"), "window.GraphiQL = {};");
            await using var app = await TinyGraphQLApp.StartAsync("Development", webRootPath: webRoot.FullName);
            using var response = await app.CreateClient().GetAsync(new Uri("/graphql/graphiql-assets/graphiql.min.js", UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("window.GraphiQL = {};", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            webRoot.Delete(recursive: true);
        }
    }
}
