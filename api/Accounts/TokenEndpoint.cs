using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Accounts;

/// <summary>
/// <c>POST /auth/token</c>: the OAuth2 token endpoint (RFC 6749 §3.2) for SalesGraph's own accounts. People use the
/// <c>password</c> grant, service accounts (BI tools, integrations) the <c>client_credentials</c> grant. Answers and
/// errors follow RFC 6749 §5, so off-the-shelf OAuth2 clients work unchanged.
/// </summary>
public static class TokenEndpoint
{
    /// <summary>The route of the endpoint.</summary>
    public const string Route = "/auth/token";

    // Verified when the account does not exist, so that an unknown username costs the same as a wrong password and
    // response times do not reveal which usernames exist. Nothing hashes to it.
    private static readonly string AbsentAccountHash =
        $"{SecretHasher.Scheme}${SecretHasher.DefaultIterations}$c2FsZXNncmFwaC1hYnNlbnQ=$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    /// <summary>Maps the token endpoint; it is anonymous by nature and sends <c>Cache-Control: no-store</c>.</summary>
    public static IEndpointConventionBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, IssueAsync)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithDisplayName("OAuth2 token endpoint");

    private static async Task<IResult> IssueAsync(
        HttpContext context,
        [FromServices] IDbContextFactory<SalesGraphDbContext> databases,
        [FromServices] ISecretVerifier verifier,
        [FromServices] ILoginThrottle throttle,
        [FromServices] AccessTokenIssuer issuer,
        [FromServices] ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // Tokens and credentials must never sit in a cache (RFC 6749 §5.1).
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";

        var (request, readError) = await TokenRequest.ReadAsync(context.Request, cancellationToken);
        if (request is null)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", readError!);
        }

        var attempt = request["grant_type"] switch
        {
            null => new Attempt(null, null, Error(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required.")),
            "password" => PasswordAttempt(request),
            "client_credentials" => ClientCredentialsAttempt(request, context.Request),
            var other => new Attempt(null, null, Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"The grant type '{Truncate(other)}' is not supported; use password or client_credentials.")),
        };
        if (attempt.Rejection is not null)
        {
            return attempt.Rejection;
        }

        var isService = request["grant_type"] == "client_credentials";
        var name = attempt.Name!;
        var address = RemoteAddressKey(context.Connection.RemoteIpAddress);
        if (await throttle.GetRetryAfterAsync(name, address, cancellationToken) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status429TooManyRequests, "temporarily_unavailable", $"Too many failed sign-ins; try again in {seconds} seconds.");
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var found = await db.Accounts
            .Where(a => a.Username == name)
            .Select(a => new { Account = a, RegionId = a.Staff != null ? a.Staff.RegionId : null, StaffActive = a.Staff == null || a.Staff.IsActive })
            .SingleOrDefaultAsync(cancellationToken);

        var secretMatches = verifier.Verify(attempt.Secret!, found?.Account.SecretHash ?? AbsentAccountHash);
        var usable = found is not null && secretMatches && found.Account.IsActive && found.StaffActive && found.Account.IsService == isService;
        if (!usable)
        {
            await throttle.RecordFailureAsync(name, address, cancellationToken);
            loggers.CreateLogger(typeof(TokenEndpoint)).LogWarning(
                "Refused {GrantType} sign-in for {AccountName} from {RemoteAddress}", request["grant_type"], name, address);
            return isService
                ? InvalidClient(context)
                : Error(StatusCodes.Status400BadRequest, "invalid_grant", "The username or password is incorrect.");
        }

        await throttle.RecordSuccessAsync(name, cancellationToken);
        var account = found!.Account;
        var client = !isService ? ClientKind.Spa : account.Role == StaffRole.BiAnalyst ? ClientKind.Bi : ClientKind.Integration;
        var token = issuer.Issue(account, found.RegionId, client);
        return Results.Json(new TokenResponse(token.Value, "Bearer", (int)token.Lifetime.TotalSeconds));
    }

    private static Attempt PasswordAttempt(TokenRequest request)
    {
        var username = request["username"];
        var password = request["password"];
        return username is null || password is null
            ? new Attempt(null, null, Error(StatusCodes.Status400BadRequest, "invalid_request", "username and password are required for the password grant."))
            : new Attempt(username, password, null);
    }

    private static Attempt ClientCredentialsAttempt(TokenRequest request, HttpRequest http)
    {
        var (id, secret) = (request["client_id"], request["client_secret"]);
        var basic = ReadBasicCredentials(http);
        if (basic is not null)
        {
            // RFC 6749 §2.3: a client must not use more than one authentication method in a request.
            if (id is not null || secret is not null)
            {
                return new Attempt(null, null, Error(StatusCodes.Status400BadRequest, "invalid_request", "Send client credentials either in the Authorization header or in the body, not both."));
            }

            (id, secret) = basic.Value;
        }

        return id is null || secret is null
            ? new Attempt(null, null, Error(StatusCodes.Status400BadRequest, "invalid_request", "client_id and client_secret are required for the client_credentials grant."))
            : new Attempt(id, secret, null);
    }

    private static (string? Id, string? Secret)? ReadBasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return (null, null);
            }

            // RFC 6749 §2.3.1: both parts are form-url-encoded before being joined.
            static string? Decode(string part) => part.Length == 0 ? null : Uri.UnescapeDataString(part.Replace('+', ' '));
            return (Decode(decoded[..colon]), Decode(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    // Counted per /64 for IPv6, because one client usually holds a whole /64 and could otherwise rotate addresses.
    private static string RemoteAddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static IResult InvalidClient(HttpContext context)
    {
        // RFC 6749 §5.2: a 401 for client authentication names the scheme the client may use.
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"salesgraph\"";
        return Error(StatusCodes.Status401Unauthorized, "invalid_client", "The client id or secret is incorrect.");
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new TokenError(error, description), statusCode: status);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private sealed record Attempt(string? Name, string? Secret, IResult? Rejection);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record TokenError(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string Description);
}
