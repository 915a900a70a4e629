using System.Text.Json;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.Auth;

/// <summary>
/// The field rules of <see cref="AccessMatrix"/> for endpoints beside GraphQL that serve what a field serves (a CSV of a
/// query): the endpoint is read with the rule of that field, so both answer the same callers.
/// </summary>
public static class EndpointAuthorization
{
    /// <summary>
    /// Answers 401 <c>AUTH_NOT_AUTHENTICATED</c> (with <c>WWW-Authenticate: Bearer</c>) without a valid token, and 403
    /// <c>AUTH_NOT_AUTHORIZED</c> unless the caller reads <paramref name="type"/>.<paramref name="field"/> plainly
    /// (grants included, <see cref="FieldRule.For(Caller)"/>).
    /// </summary>
    public static TBuilder RequireFieldAccess<TBuilder>(this TBuilder builder, string type, string field)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var rule = AccessMatrix.Fields.TryGetValue(type, out var fields) && fields.TryGetValue(field, out var declared)
            ? declared
            : throw new ArgumentException($"{type}.{field} is not declared in the access matrix.", nameof(field));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.GetCaller();
            if (!caller.IsAuthenticated)
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Error(StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated, "Authentication required: send a bearer token from POST /auth/token.");
            }

            return rule.For(caller) == FieldAccess.Allow
                ? await next(context)
                : Error(StatusCodes.Status403Forbidden, ErrorCodes.NotAuthorized, $"You are not allowed to read {type}.{field}.");
        });
        return builder;
    }

    /// <summary>A coded error in the shape GraphQL errors have, for endpoints beside GraphQL.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, JsonOptions, statusCode: status);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
