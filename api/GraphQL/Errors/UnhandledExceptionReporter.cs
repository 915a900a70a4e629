using System.Diagnostics;
using GraphQL.Execution;
using SalesGraph.Data;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.GraphQL.Errors;

/// <summary>
/// GraphQL.NET's unhandled-exception hook: logs an unexpected exception with a trace id and replaces it with an
/// <see cref="ErrorCodes.InternalServerError"/> error that tells the client only that trace id.
/// </summary>
public static class UnhandledExceptionReporter
{
    /// <summary>The logger category, so operators can route these logs.</summary>
    public const string LogCategory = "SalesGraph.GraphQL.Errors";

    /// <summary>The <c>extensions</c> key that carries the trace id.</summary>
    public const string TraceIdExtension = "traceId";

    /// <summary>Logs <see cref="UnhandledExceptionContext.OriginalException"/> and swaps in a client-safe error.</summary>
    public static Task ReportAsync(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.ExecutionOptions.UserContext is GraphQLUserContext userContext ? userContext.HttpContext : null;
        var traceId = CurrentTraceId(httpContext);
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(LogCategory);
        logger?.LogError(context.OriginalException,
            "Unhandled exception while executing GraphQL field {FieldPath} of operation {OperationName}; traceId {TraceId}",
            context.FieldContext is null ? "(none)" : string.Join('.', context.FieldContext.Path),
            context.ExecutionOptions.OperationName ?? "(anonymous)",
            traceId);

        if (TransientFailure.IsTransient(context.OriginalException))
        {
            // Not a bug to quote a trace id for: the client should retry, and operators see the outage in /healthz.
            context.Exception = new CodedExecutionError(ErrorCodes.ServiceUnavailable, TransientFailure.Message, context.OriginalException);
            context.ErrorMessage = TransientFailure.Message;
            return Task.CompletedTask;
        }

        var error = new CodedExecutionError(ErrorCodes.InternalServerError, StableCodeErrorInfoProvider.InternalErrorMessage,
            context.OriginalException);
        error.Extensions = new() { [TraceIdExtension] = traceId };
        context.Exception = error;
        context.ErrorMessage = StableCodeErrorInfoProvider.InternalErrorMessage;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The W3C trace id of the current activity when tracing is on (it matches distributed traces), otherwise ASP.NET
    /// Core's request identifier (it appears in the request logs).
    /// </summary>
    public static string CurrentTraceId(HttpContext? httpContext) =>
        Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : httpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
}
