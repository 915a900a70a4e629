using GraphQL;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.Auth;

/// <summary>Gives resolvers the <see cref="Caller"/> of the request they run in.</summary>
public static class CallerResolveContextExtensions
{
    /// <summary>The caller, read from the token once per request.</summary>
    public static Caller Caller(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext is GraphQLUserContext user
            ? user.HttpContext.GetCaller()
            : Auth.Caller.FromPrincipal(context.User);
    }
}
