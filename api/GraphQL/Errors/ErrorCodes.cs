namespace SalesGraph.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values clients can rely on.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
