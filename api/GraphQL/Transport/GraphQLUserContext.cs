using SalesGraph.GraphQL.DataLoading;

namespace SalesGraph.GraphQL.Transport;

/// <summary>
/// The <c>ExecutionOptions.UserContext</c> of every HTTP request: a dictionary (what GraphQL.NET expects) that also
/// holds the request's <see cref="Microsoft.AspNetCore.Http.HttpContext"/>.
/// </summary>
/// <remarks>
/// Not sealed on purpose: later machinery (row scopes, per-request caches) may derive from it or store entries in it.
/// Resolvers reach it through <c>context.UserContext</c>; the caller is <c>context.User</c>.
/// </remarks>
public class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the user context of one HTTP request.</summary>
    public GraphQLUserContext(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpContext = httpContext;
    }

    /// <summary>The HTTP request being executed.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>
    /// The request's batch loaders, kept here so resolvers on thousands of objects reach them without a service
    /// lookup each (two threads racing on the first read get the same scoped instance).
    /// </summary>
    public LoaderRegistry Loaders => _loaders ??= HttpContext.RequestServices.GetRequiredService<LoaderRegistry>();

    private LoaderRegistry? _loaders;
}
