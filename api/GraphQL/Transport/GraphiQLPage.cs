using System.Text.Json;

namespace SalesGraph.GraphQL.Transport;

/// <summary>The GraphiQL IDE page; its scripts and styles come from <c>wwwroot/graphiql/</c>, never from a CDN.</summary>
internal static class GraphiQLPage
{
    /// <summary>The path segment, under the GraphQL endpoint, where the IDE's files are served.</summary>
    public const string AssetsSegment = "graphiql-assets";

    /// <summary>The files copied by <c>npm --prefix tools/graphiql run build</c>, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Assets = new Dictionary<string, string>
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
    };

    public static Task WriteAsync(HttpContext context)
    {
        var endpoint = context.Request.PathBase.Add(context.Request.Path).Value ?? "/graphql";
        var assets = endpoint.TrimEnd('/') + "/" + AssetsSegment;
        // System.Text.Json escapes <, > and & by default, so the URL cannot end the script element.
        var endpointLiteral = JsonSerializer.Serialize(endpoint);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>SalesGraph · GraphiQL</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL… If this text stays, build its files: npm --prefix tools/graphiql ci &amp;&amp; npm --prefix tools/graphiql run build</div>
              <script src="{{assets}}/react.production.min.js"></script>
              <script src="{{assets}}/react-dom.production.min.js"></script>
              <script src="{{assets}}/graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({ url: {{endpointLiteral}} });
                ReactDOM.createRoot(document.getElementById('graphiql'))
                  .render(React.createElement(GraphiQL, { fetcher, shouldPersistHeaders: true }));
              </script>
            </body>
            </html>
            """, context.RequestAborted);
    }

    /// <summary>Whether the IDE is served: as configured, or else only in Development.</summary>
    public static bool IsEnabled(GraphQLTransportOptions options, IWebHostEnvironment environment) =>
        options.EnableGraphiQL ?? environment.IsDevelopment();

    public static IResult Asset(string file, GraphQLTransportOptions options, IWebHostEnvironment environment)
    {
        if (!IsEnabled(options, environment) || !Assets.TryGetValue(file, out var contentType))
        {
            return Results.NotFound();
        }

        var info = environment.WebRootFileProvider.GetFileInfo("graphiql/" + file);
        return info.Exists ? Results.Stream(info.CreateReadStream(), contentType) : Results.NotFound();
    }
}
