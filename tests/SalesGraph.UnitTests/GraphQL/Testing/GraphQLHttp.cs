using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SalesGraph.UnitTests.GraphQL.Testing;

/// <summary>Sends raw GraphQL-over-HTTP requests and reads the answer, so tests see exactly what a client sees.</summary>
public static class GraphQLHttp
{
    public static Task<Reply> PostJsonAsync(this HttpClient client, object body, string? accept = "application/graphql-response+json") =>
        client.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public static async Task<Reply> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = "application/graphql-response+json",
        IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync(client, request, accept, headers);
    }

    public static async Task<Reply> GetQueryAsync(this HttpClient client, string queryString, string? accept = "application/graphql-response+json",
        IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        return await SendAsync(client, request, accept, headers);
    }

    private static async Task<Reply> SendAsync(HttpClient client, HttpRequestMessage request, string? accept, IDictionary<string, string>? headers)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            response.Content.Headers.Allow.Count > 0 ? string.Join(",", response.Content.Headers.Allow) : null, text);
    }

    /// <summary>What came back: status, media type, Allow header and the body.</summary>
    public sealed record Reply(int Status, string? ContentType, string? Allow, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string? MediaType => ContentType?.Split(';')[0];

        public bool HasData => Json.TryGetProperty("data", out _);

        public JsonElement Data => Json.GetProperty("data");

        public JsonElement FirstError => Json.GetProperty("errors")[0];

        public string? FirstErrorCode => FirstError.GetProperty("extensions").GetProperty("code").GetString();
    }
}
