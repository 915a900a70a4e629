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
    /// (406). A missing header and bare wildcards get <c>application/json</c>, which legacy clients understand; an
    /// explicit <c>application/graphql-response+json</c> wins a tie.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (accept.Count == 0)
        {
            return Json;
        }

        var graphQLResponse = Quality(accept, GraphQLResponseJson, out var graphQLResponseExplicit);
        var json = Quality(accept, Json, out _);
        if (graphQLResponse <= 0 && json <= 0)
        {
            return null;
        }

        if (graphQLResponse > json || (graphQLResponse == json && graphQLResponseExplicit))
        {
            return GraphQLResponseJson;
        }

        return Json;
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
