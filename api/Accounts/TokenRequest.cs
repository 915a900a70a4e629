using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace SalesGraph.Accounts;

/// <summary>
/// The parameters of a token request, read from an <c>application/x-www-form-urlencoded</c> body (as OAuth2 clients
/// send them) or from a flat JSON object of strings (as the SPA finds easier). Either way a parameter may appear once.
/// </summary>
internal sealed class TokenRequest
{
    /// <summary>No legitimate token request comes near this; a larger body is refused unread.</summary>
    internal const int MaxBodyBytes = 16 * 1024;

    private static readonly FormOptions FormLimits = new()
    {
        ValueCountLimit = 16,
        KeyLengthLimit = 64,
        ValueLengthLimit = 4 * 1024,
        BufferBodyLengthLimit = MaxBodyBytes,
    };

    private readonly Dictionary<string, string> _values;

    private TokenRequest(Dictionary<string, string> values) => _values = values;

    /// <summary>The parameter's value, or <see langword="null"/> when it is absent or empty (RFC 6749 §3.1).</summary>
    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads the body; the error text, when there is one, becomes an <c>invalid_request</c> description.</summary>
    public static async Task<(TokenRequest? Request, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, "The request body is too large.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return (null, "Send the parameters as application/x-www-form-urlencoded or application/json.");
        }

        try
        {
            if (contentType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                return await ReadFormAsync(request, cancellationToken);
            }

            if (contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return await ReadJsonAsync(request, cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or BadHttpRequestException or DecoderFallbackException)
        {
            return (null, "The request body could not be read.");
        }

        return (null, "Send the parameters as application/x-www-form-urlencoded or application/json.");
    }

    private static async Task<(TokenRequest?, string?)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(FormLimits, cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            if (value.Count != 1)
            {
                return (null, $"The parameter '{key}' must appear once.");
            }

            values[key] = value.ToString();
        }

        return (new TokenRequest(values), null);
    }

    private static async Task<(TokenRequest?, string?)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBoundedAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return (null, "The request body is too large.");
        }

        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 2 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, "The JSON body must be an object of string parameters.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return (null, $"The parameter '{property.Name}' must be a string.");
            }

            if (!values.TryAdd(property.Name, property.Value.GetString()!))
            {
                return (null, $"The parameter '{property.Name}' must appear once.");
            }
        }

        return (new TokenRequest(values), null);
    }

    // The body size feature is absent on some servers (and in the test server), so the limit is enforced here too.
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
