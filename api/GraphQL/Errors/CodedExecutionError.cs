using GraphQL;

namespace SalesGraph.GraphQL.Errors;

/// <summary>
/// An error meant for the client, with a stable <c>extensions.code</c>. Resolvers throw it when a request cannot be
/// served, for example <c>throw new CodedExecutionError(ErrorCodes.NotFound, "Customer not found.")</c>; its message
/// is shown to the client as written, so it must not contain internals.
/// </summary>
/// <remarks>
/// It derives from GraphQL.NET's <see cref="ExecutionError"/>, so the executor reports it at the field's path instead
/// of treating it as an unexpected exception. Codes outside <see cref="ErrorCodes"/> are allowed (a feature may add
/// <c>FORBIDDEN</c>); they are passed through unchanged.
/// </remarks>
[Serializable]
public sealed class CodedExecutionError : ExecutionError
{
    /// <summary>Creates an error with the given stable code and client-facing message.</summary>
    public CodedExecutionError(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>Creates an error with the given stable code and client-facing message, keeping the cause for the log.</summary>
    public CodedExecutionError(string code, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        // ExecutionError derives a code from the inner exception's type name; the stable code must win.
        Code = code;
    }

    /// <summary>A <see cref="ErrorCodes.NotFound"/> error, e.g. <c>CodedExecutionError.NotFound("Customer not found.")</c>.</summary>
    public static CodedExecutionError NotFound(string message) => new(ErrorCodes.NotFound, message);

    /// <summary>A <see cref="ErrorCodes.Validation"/> error for an argument or input value a resolver rejects.</summary>
    public static CodedExecutionError Validation(string message) => new(ErrorCodes.Validation, message);

    /// <summary>A <see cref="ErrorCodes.BadRequest"/> error for a request that cannot be understood.</summary>
    public static CodedExecutionError BadRequest(string message) => new(ErrorCodes.BadRequest, message);
}
