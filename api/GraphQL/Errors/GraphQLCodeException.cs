using GraphQL;

namespace SalesGraph.GraphQL.Errors;

/// <summary>
/// An error a resolver reports to the client as is: its message and <c>extensions.code</c> (one of
/// <see cref="ErrorCodes"/>), plus the argument or input field it concerns in <c>extensions.field</c>.
/// </summary>
public sealed class GraphQLCodeException : ExecutionError
{
    public GraphQLCodeException(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
        if (field is not null)
        {
            Data["field"] = field;
        }
    }

    public GraphQLCodeException()
        : this(ErrorCodes.Internal, "An error occurred.")
    {
    }

    public GraphQLCodeException(string message)
        : this(ErrorCodes.Internal, message)
    {
    }

    public GraphQLCodeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.Internal;
    }

    /// <summary>The argument or input field path the error is about, if any.</summary>
    public string? Field { get; }
}
