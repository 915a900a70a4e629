using Microsoft.IdentityModel.Tokens;

namespace SalesGraph.Auth;

/// <summary>
/// The <c>Jwt</c> configuration section: how SalesGraph issues its own access tokens and which tokens it accepts.
/// Validated at start-up by <see cref="JwtOptionsValidator"/>.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Jwt";

    /// <summary>
    /// Keys starting with this marker are the published development key of <c>appsettings.Development.json</c>;
    /// they are refused in every other environment, because anyone who read the repository could forge tokens.
    /// </summary>
    public const string DevelopmentKeyMarker = "DEVELOPMENT-ONLY";

    /// <summary>The HMAC algorithms SalesGraph can sign its own tokens with.</summary>
    public static readonly IReadOnlyList<string> SupportedAlgorithms =
        [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512];

    /// <summary>The <c>iss</c> of tokens SalesGraph issues.</summary>
    public string Issuer { get; set; } = "salesgraph";

    /// <summary>The <c>aud</c> every accepted token must carry, whoever issued it.</summary>
    public string Audience { get; set; } = "salesgraph-api";

    /// <summary>The symmetric signing key (UTF-8, at least 32 bytes; 48 for HS384, 64 for HS512).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The one algorithm local tokens are signed and accepted with: <c>HS256</c> (default), <c>HS384</c>, <c>HS512</c>.</summary>
    public string Algorithm { get; set; } = SecurityAlgorithms.HmacSha256;

    /// <summary>How long an access token issued by <c>POST /auth/token</c> is valid (a working day by default).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Tolerated clock difference between issuer and API when checking <c>exp</c> and <c>nbf</c>; at most 30 s.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Tokens longer than this are refused before they are parsed.</summary>
    public int MaximumTokenSizeInBytes { get; set; } = 8 * 1024;

    /// <summary>
    /// Optional external OpenID Connect issuer (its discovery document lives under
    /// <c>{Authority}/.well-known/openid-configuration</c>). When set, tokens whose <c>iss</c> is this authority are
    /// validated against its published keys; SalesGraph's own tokens keep working beside them.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The one algorithm accepted from <see cref="Authority"/> (<c>RS256</c> by default).</summary>
    public string AuthorityAlgorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    /// <summary>Whether the authority's metadata must be fetched over HTTPS; only a development setup may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The minimum key length for <see cref="Algorithm"/>: the size of its hash, never under 32 bytes.</summary>
    internal int MinimumKeyBytes => Algorithm switch
    {
        SecurityAlgorithms.HmacSha512 => 64,
        SecurityAlgorithms.HmacSha384 => 48,
        _ => 32,
    };

    internal SymmetricSecurityKey CreateSigningKey() => new(System.Text.Encoding.UTF8.GetBytes(SigningKey)) { KeyId = "salesgraph" };
}
