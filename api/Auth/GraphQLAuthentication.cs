using System.Text.Json;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.Auth;

/// <summary>Refuses every GraphQL operation of a caller without a valid token, before anything is parsed or executed.</summary>
public static class GraphQLAuthentication
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        errors = new[] { new { message = "Authentication required: send a bearer token from POST /auth/token.", extensions = new { code = ErrorCodes.NotAuthenticated } } },
    });

    /// <summary>
    /// Answers 401 with <c>AUTH_NOT_AUTHENTICATED</c> (and <c>WWW-Authenticate: Bearer</c>) to unauthenticated requests
    /// of the group, except a browser's GET of the GraphiQL page and its files, which hold no data.
    /// </summary>
    public static RouteGroupBuilder RequireAuthenticatedCaller(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.GetCaller().IsAuthenticated || IsGraphiQLPage(http.Request))
            {
                return await next(context);
            }

            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(Body, http.RequestAborted);
            return Results.Empty;
        });
        return group;
    }

    private static bool IsGraphiQLPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.Value?.Contains("/graphiql-assets/", StringComparison.Ordinal) == true
            || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true));
}
