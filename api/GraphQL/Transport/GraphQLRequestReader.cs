using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace SalesGraph.GraphQL.Transport;

/// <summary>
/// Reads the request parameters from a GET query string or a POST <c>application/json</c> body, rejecting anything
/// whose shape the spec does not allow before GraphQL.NET sees it.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>
    /// The deepest JSON a body may nest (System.Text.Json's default, stated so the error can name it): variables nested
    /// deeper are an attack on the readers after us, not a real input.
    /// </summary>
    public const int MaxJsonDepth = 64;

    /// <summary>The outcome: either a request, or the status code and message to reject it with.</summary>
    internal readonly record struct Result(GraphQLHttpRequest? Request, int StatusCode, string? Error)
    {
        public static Result Ok(GraphQLHttpRequest request) => new(request, StatusCodes.Status200OK, null);

        public static Result Fail(int statusCode, string error) => new(null, statusCode, error);
    }

    public static Result ReadQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        if (!TrySingle(query, "query", out var text) || string.IsNullOrEmpty(text))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The 'query' parameter must be given once, as a non-empty string.");
        }

        if (!TrySingle(query, "operationName", out var operationName))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The 'operationName' parameter may be given at most once.");
        }

        if (!TryReadMapParameter(query, "variables", serializer, out var variables, out var error)
            || !TryReadMapParameter(query, "extensions", serializer, out var extensions, out error))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, error!);
        }

        return Result.Ok(new GraphQLHttpRequest(text, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    public static async Task<Result> ReadBodyAsync(HttpRequest request, IGraphQLSerializer serializer, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Fail(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Fail(StatusCodes.Status415UnsupportedMediaType, "Request bodies must be encoded as utf-8.");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var body = new MemoryStream();
        try
        {
            // Kestrel's own limit (30 MB by default) must not cut in before ours when ours is configured higher.
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxBytes + 1;
            }

            if (!await TryCopyAsync(request.Body, body, maxBytes, cancellationToken))
            {
                return TooLarge(maxBytes);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }

        body.Position = 0;
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth }, cancellationToken);
        }
        catch (JsonException)
        {
            return Result.Fail(StatusCodes.Status400BadRequest,
                $"The request body is not valid JSON or is nested deeper than {MaxJsonDepth} levels.");
        }

        using (document)
        {
            return ReadParameters(document.RootElement, serializer);
        }
    }

    private static Result ReadParameters(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "Batched requests (a JSON array) are not supported: send one request per POST.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || query.GetString() is not { Length: > 0 } text)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The 'query' parameter must be a non-empty string.");
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return Result.Fail(StatusCodes.Status400BadRequest, "The 'operationName' parameter must be a string or null.");
            }

            operationName = name.GetString() is { Length: > 0 } given ? given : null;
        }

        if (!TryReadMap(root, "variables", serializer, out var variables, out var error)
            || !TryReadMap(root, "extensions", serializer, out var extensions, out error))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, error!);
        }

        return Result.Ok(new GraphQLHttpRequest(text, operationName, variables, extensions));
    }

    private static bool TryReadMap(JsonElement root, string parameter, IGraphQLSerializer serializer, out Inputs? map, out string? error)
    {
        map = null;
        error = null;
        if (!root.TryGetProperty(parameter, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"The '{parameter}' parameter must be a JSON object or null.";
            return false;
        }

        // GraphQL.SystemTextJson reads a JsonElement node into Inputs with the same conversions as a whole request.
        map = serializer.ReadNode<Inputs>(value);
        return true;
    }

    private static bool TryReadMapParameter(IQueryCollection query, string parameter, IGraphQLSerializer serializer, out Inputs? map, out string? error)
    {
        map = null;
        error = null;
        if (!TrySingle(query, parameter, out var text))
        {
            error = $"The '{parameter}' parameter may be given at most once.";
            return false;
        }

        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var value = document.RootElement;
            if (value.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                error = $"The '{parameter}' parameter must be a JSON object.";
                return false;
            }

            map = serializer.ReadNode<Inputs>(value);
            return true;
        }
        catch (JsonException)
        {
            error = $"The '{parameter}' parameter is not valid JSON.";
            return false;
        }
    }

    private static bool TrySingle(IQueryCollection query, string parameter, out string? value)
    {
        var values = query[parameter];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }

    private static async Task<bool> TryCopyAsync(Stream source, MemoryStream target, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > maxBytes)
            {
                return false;
            }

            target.Write(buffer, 0, read);
        }

        return true;
    }

    private static Result TooLarge(long maxBytes) =>
        Result.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
}
