using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace SalesGraph.GraphQL.Errors;

/// <summary>Maps every GraphQL.NET error to one stable <see cref="ErrorCodes"/> value.</summary>
public static class ErrorCodeMapping
{
    /// <summary>Returns the stable code that <paramref name="error"/> is reported with.</summary>
    public static string CodeFor(ExecutionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            CodedExecutionError coded => coded.Code!,
            // Includes InvalidVariableError and the argument checks: wrong values are validation failures.
            ValidationError => ErrorCodes.Validation,
            // Syntax errors, missing/unknown/ambiguous operations, an operation type the schema lacks.
            DocumentError or RequestError => ErrorCodes.BadRequest,
            TimeoutError => ErrorCodes.Timeout,
            UnhandledError => ErrorCodes.InternalServerError,
            // A plain ExecutionError is a message a resolver meant for the client; without an inner exception it
            // reports something wrong with the request. With one, it wraps a failure we did not anticipate.
            _ when error.InnerException is null or ExecutionError => ErrorCodes.BadRequest,
            _ => ErrorCodes.InternalServerError,
        };
    }
}
