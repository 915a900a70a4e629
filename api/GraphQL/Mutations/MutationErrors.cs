using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// GraphQL errors of mutations: authorization failures are thrown (the payload is then null), with the input field
/// they concern in <c>extensions.field</c>, so clients find it where they find a UserError's <c>path</c>.
/// </summary>
public static class MutationErrors
{
    /// <summary>The extension that carries the input path of a thrown mutation error.</summary>
    public const string FieldExtension = "field";

    /// <summary>An AUTH_NOT_AUTHORIZED error about the input field <paramref name="field"/> (empty: the whole mutation).</summary>
    public static CodedExecutionError NotAuthorized(string message, params object[] field)
    {
        var error = new CodedExecutionError(ErrorCodes.NotAuthorized, message);
        error.Extensions ??= [];
        error.Extensions[FieldExtension] = field.Length == 0 ? new object[] { "input" } : field;
        return error;
    }
}
