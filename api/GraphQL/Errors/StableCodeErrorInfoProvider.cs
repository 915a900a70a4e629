using GraphQL;
using GraphQL.Execution;

namespace SalesGraph.GraphQL.Errors;

/// <summary>
/// Writes each error with a stable <c>extensions.code</c> (see <see cref="ErrorCodeMapping"/>) and nothing of the
/// server's internals: no exception details, no GraphQL.NET codes or exception data, never a stack trace.
/// </summary>
public sealed class StableCodeErrorInfoProvider() : ErrorInfoProvider(HiddenDetails)
{
    /// <summary>The message clients see for an unexpected exception.</summary>
    public const string InternalErrorMessage = "An internal error occurred. Quote the traceId when reporting it.";

    private static readonly ErrorInfoProviderOptions HiddenDetails = new()
    {
        ExposeExceptionDetails = false,
        ExposeCode = false,
        ExposeCodes = false,
        ExposeData = false,
        ExposeExtensions = true,
    };

    /// <inheritdoc />
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        var code = ErrorCodeMapping.CodeFor(executionError);

        // "code" first, so it reads first in the JSON; extensions a resolver set keep their values.
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (info.Extensions is not null)
        {
            foreach (var (key, value) in info.Extensions)
            {
                if (key != "code")
                {
                    extensions[key] = value;
                }
            }
        }

        // An error that reached the client without passing the unhandled-exception handler (which already replaces
        // the message) may still carry an exception's message.
        var message = code == ErrorCodes.InternalServerError && executionError is not CodedExecutionError
            ? InternalErrorMessage
            : info.Message;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
