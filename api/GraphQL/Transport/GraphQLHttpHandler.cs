using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SalesGraph.GraphQL.Caching;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Limits;

namespace SalesGraph.GraphQL.Transport;

/// <summary>
/// Serves one GraphQL-over-HTTP request: negotiates the media type, reads the parameters, refuses mutations over GET,
/// executes with GraphQL.NET and picks the status code the spec asks for.
/// </summary>
internal sealed class GraphQLHttpHandler(IOptions<GraphQLTransportOptions> options, IWebHostEnvironment environment, ValidatedDocumentCache documents)
{
    private static readonly MediaTypeHeaderValue[] NoAccept = [];

    public async Task HandleAsync(HttpContext context)
    {
        var settings = options.Value;
        var request = context.Request;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        IList<MediaTypeHeaderValue> accept;
        try
        {
            accept = request.GetTypedHeaders().Accept ?? NoAccept;
        }
        catch (FormatException)
        {
            accept = NoAccept;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && GraphiQLEnabled(settings) && GraphQLMediaTypes.AcceptsHtml(accept))
        {
            await GraphiQLPage.WriteAsync(context);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");
            return;
        }

        if (isGet && !settings.EnableGetRequests)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(context, serializer, StatusCodes.Status405MethodNotAllowed, mediaType, "Use POST for GraphQL requests.");
            return;
        }

        var cancellationToken = context.RequestAborted;
        var read = isGet
            ? GraphQLRequestReader.ReadQueryString(request.Query, serializer)
            : await GraphQLRequestReader.ReadBodyAsync(request, serializer, settings.MaxRequestBodyBytes, cancellationToken);
        if (read.Request is not { } graphQLRequest)
        {
            await WriteErrorAsync(context, serializer, read.StatusCode, mediaType, read.Error!);
            return;
        }

        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(context, graphQLRequest, isGet, mediaType, serializer, documents, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nobody is left to read a response.
            return;
        }

        if (result is MethodNotAllowedResult)
        {
            return;
        }

        await WriteResultAsync(context, serializer, StatusCodeFor(result, mediaType), mediaType, result);
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, string mediaType,
        IGraphQLSerializer serializer, ValidatedDocumentCache documents, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        GraphQLDocument document;
        try
        {
            // Parsed here rather than by the executer, so the operation type is known before anything runs.
            document = documents.Parse(request.Query, services.GetService<IDocumentBuilder>() ?? new GraphQLDocumentBuilder());
        }
        catch (ExecutionError error)
        {
            return new ExecutionResult(error);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ExecutionResult(LimitError.TooDeepToParse());
        }

        var operation = SelectOperation(document, request.OperationName);
        if (operation?.Operation is OperationType.Mutation or OperationType.Subscription && isGet)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(context, serializer, StatusCodes.Status405MethodNotAllowed, mediaType,
                $"A {operation.Operation.ToString().ToLowerInvariant()} can only be sent with POST.");
            return MethodNotAllowedResult.Instance;
        }

        if (operation?.Operation == OperationType.Subscription)
        {
            return new ExecutionResult(CodedExecutionError.BadRequest("Subscriptions are not supported over HTTP."));
        }

        // The executer picks the strategy per operation type: mutations run serially, queries in parallel.
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            UserContext = new GraphQLUserContext(context),
            CancellationToken = cancellationToken,
        });
    }

    // Mirrors the executer's choice; null when it will report a missing, unknown or ambiguous operation itself.
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        if (operationName is null)
        {
            var candidates = operations.Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        return operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    // graphql-response+json tells request errors (no execution, so no "data") by status; application/json keeps 200.
    private static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => ErrorCodeMapping.CodeFor(e) == ErrorCodes.InternalServerError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        // The execution budget (GraphQL:Limits:ExecutionTimeout) ran out: the server's condition, not a bad request.
        if (errors.Any(e => ErrorCodeMapping.CodeFor(e) == ErrorCodes.Timeout))
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private bool GraphiQLEnabled(GraphQLTransportOptions settings) => GraphiQLPage.IsEnabled(settings, environment);

    private static Task WriteErrorAsync(HttpContext context, IGraphQLSerializer serializer, int statusCode, string mediaType, string message) =>
        WriteResultAsync(context, serializer, statusCode, mediaType, new ExecutionResult(CodedExecutionError.BadRequest(message)));

    private static async Task WriteResultAsync(HttpContext context, IGraphQLSerializer serializer, int statusCode, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    // Marks a request already answered with 405 while parsing; never written.
    private sealed class MethodNotAllowedResult : ExecutionResult
    {
        public static readonly MethodNotAllowedResult Instance = new();
    }
}
