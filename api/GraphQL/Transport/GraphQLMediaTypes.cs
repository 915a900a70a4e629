using Microsoft.Net.Http.Headers;

namespace SalesGraph.GraphQL.Transport;

/// <summary>The media types of the GraphQL-over-HTTP spec and the negotiation of the response type.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The spec's response type: status codes tell request errors from execution results.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy response type: every processed request gets 200.</summary>
    public const string Json = "application/json";

    /// <summary>What a browser asks for when it wants the IDE.</summary>
    public const string Html = "text/html";

    /// <summary>
    /// Picks the response media type for an <c>Accept</c> header, honouring q-values; null means none is acceptable
    /// (406). <c>application/graphql-response+json</c> is the default (a missing header, wildcards, a tie), as the spec
    /// asks of servers since its 2025 watershed; <c>application/json</c> is used when the client names it and ranks it
    /// above the other (or does not name the other at all).
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (accept.Count == 0)
        {
            return GraphQLResponseJson;
        }

        var graphQLResponse = Quality(accept, GraphQLResponseJson, out var graphQLResponseExplicit);
        var json = Quality(accept, Json, out var jsonExplicit);
        if (graphQLResponse <= 0 && json <= 0)
        {
            return null;
        }

        if (json > graphQLResponse || (json == graphQLResponse && jsonExplicit && !graphQLResponseExplicit))
        {
            return Json;
        }

        return GraphQLResponseJson;
    }

    /// <summary>Whether the client explicitly lists <c>text/html</c> (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(IList<MediaTypeHeaderValue> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return accept.Any(a => a.MediaType.Equals(Html, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
    }

    // The quality of the most specific range that matches (RFC 9110 §12.5.1): an exact type beats type/*, which beats */*.
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType, out bool isExplicit)
    {
        var best = -1;
        double quality = 0;
        isExplicit = false;
        var type = mediaType[..mediaType.IndexOf('/', StringComparison.Ordinal)];
        foreach (var range in accept)
        {
            var value = range.MediaType.Value ?? string.Empty;
            var specificity = value.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : value.Equals(type + "/*", StringComparison.OrdinalIgnoreCase) ? 1
                : value == "*/*" ? 0
                : -1;
            if (specificity > best)
            {
                best = specificity;
                quality = range.Quality ?? 1;
                isExplicit = specificity == 2;
            }
        }

        return quality;
    }
}
