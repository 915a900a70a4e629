using System.Globalization;
using System.Security.Claims;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who is calling, as resolvers and the authorization engine need it: read once from the validated token's claims, so
/// no rule ever parses claims itself. An unauthenticated request is <see cref="Anonymous"/>.
/// </summary>
/// <param name="AccountId">
/// The SalesGraph account, or <see langword="null"/> for anonymous callers and for callers whose token came from an
/// external issuer (whose <c>sub</c> is that issuer's identifier, even when it looks like a number).
/// </param>
/// <param name="Username">The username or client id (the external subject's <c>name</c> for external tokens).</param>
/// <param name="Role">The role, or <see langword="null"/> when the token names none SalesGraph knows: such a caller may see nothing.</param>
/// <param name="StaffId">The staff record of a person.</param>
/// <param name="RegionId">The region of that staff record.</param>
/// <param name="IsService">A BI or integration client rather than a person.</param>
/// <param name="Grants">The grants of an integration client, such as <c>payments:write</c>.</param>
/// <param name="Client">The kind of client the token was issued to.</param>
public sealed record Caller(
    int? AccountId,
    string? Username,
    StaffRole? Role,
    int? StaffId,
    int? RegionId,
    bool IsService,
    IReadOnlySet<string> Grants,
    ClientKind Client)
{
    private static readonly IReadOnlySet<string> NoGrants = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The caller of a request without a valid token.</summary>
    public static Caller Anonymous { get; } = new(null, null, null, null, null, false, NoGrants, ClientKind.Spa);

    /// <summary>Whether the request carried a valid token.</summary>
    public bool IsAuthenticated => Username is not null;

    /// <summary>Whether the caller holds <paramref name="grant"/> (exact, case-sensitive, as OAuth2 scopes are).</summary>
    public bool HasGrant(string grant) => Grants.Contains(grant);

    /// <summary>
    /// Reads a caller from a principal built by the JWT bearer handler. Claims that do not parse are treated as absent,
    /// never guessed, so a token with a malformed role gets no role at all.
    /// </summary>
    public static Caller FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true })
        {
            return Anonymous;
        }

        var subject = principal.FindFirstValue(SalesGraphClaimTypes.Subject);
        var username = principal.FindFirstValue(SalesGraphClaimTypes.Name) ?? subject ?? "";
        var client = ParseClient(principal.FindFirstValue(SalesGraphClaimTypes.Client));
        var grants = principal.FindAll(SalesGraphClaimTypes.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var isLocal = principal.Identity.AuthenticationType == AuthenticationFeature.LocalAuthenticationType;
        return new Caller(
            isLocal ? ParseInt(subject) : null,
            username,
            ParseRole(principal.FindFirstValue(SalesGraphClaimTypes.Role)),
            ParseInt(principal.FindFirstValue(SalesGraphClaimTypes.StaffId)),
            ParseInt(principal.FindFirstValue(SalesGraphClaimTypes.RegionId)),
            client != ClientKind.Spa,
            grants,
            client);
    }

    /// <summary>The claim value for a client kind: <c>spa</c>, <c>bi</c>, <c>integration</c>.</summary>
    public static string ClientClaimValue(ClientKind client) => client.ToString().ToLowerInvariant();

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    // Accepts the C# name (SalesRep) and the GraphQL enum name (SALES_REP), so external issuers can use either.
    private static StaffRole? ParseRole(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Letters only: Enum.TryParse would also accept numbers ("0") and flag lists ("Director,Admin").
        var name = value.Replace("_", "", StringComparison.Ordinal);
        return name.All(char.IsAsciiLetter) && Enum.TryParse<StaffRole>(name, ignoreCase: true, out var role) ? role : null;
    }

    // An unknown or missing client kind counts as a person's app: the least privileged reading for service-only rules.
    private static ClientKind ParseClient(string? value) => value switch
    {
        "bi" => ClientKind.Bi,
        "integration" => ClientKind.Integration,
        _ => ClientKind.Spa,
    };
}
