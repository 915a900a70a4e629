using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SalesGraph.Auth;

/// <summary>
/// Registers JWT bearer authentication. <c>Bearer</c> is a policy scheme that looks at the (not yet trusted) <c>iss</c>
/// of a token and forwards it to one of two strict JWT bearer schemes: <see cref="LocalScheme"/> for tokens SalesGraph
/// issued (its symmetric key, its issuer, one HMAC algorithm) or <see cref="ExternalScheme"/> for tokens of the
/// configured OpenID Connect <see cref="JwtOptions.Authority"/> (its published keys, one asymmetric algorithm). Keeping
/// them apart binds every key to its issuer: the local key can never vouch for an external issuer, nor the reverse.
/// </summary>
public static class AuthenticationFeature
{
    /// <summary>The scheme for tokens from <c>POST /auth/token</c>.</summary>
    public const string LocalScheme = "LocalBearer";

    /// <summary>The scheme for tokens from <see cref="JwtOptions.Authority"/>.</summary>
    public const string ExternalScheme = "ExternalBearer";

    /// <summary>
    /// The authentication type of identities from <see cref="LocalScheme"/>. Only such an identity's <c>sub</c> is a
    /// SalesGraph account id; the server sets it, so no token content can claim it.
    /// </summary>
    public const string LocalAuthenticationType = "SalesGraph";

    /// <summary>The authentication type of identities from <see cref="ExternalScheme"/>.</summary>
    public const string ExternalAuthenticationType = "ExternalOidc";

    /// <summary>
    /// Adds authentication (bearer on every request), authorization services, the token issuer and the login
    /// throttle. The <see cref="ISecretVerifier"/> the token endpoint needs is registered separately.
    /// </summary>
    public static IServiceCollection AddSalesGraphAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>>(new JwtOptionsValidator(environment));
        services.AddOptions<LoginThrottleOptions>().Bind(configuration.GetSection(LoginThrottleOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Window > TimeSpan.Zero, "LoginThrottle:Window must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILoginThrottle, InMemoryLoginThrottle>();
        services.TryAddSingleton<ISecretVerifier, Pbkdf2SecretVerifier>();
        services.AddSingleton<AccessTokenIssuer>();

        // Read once here only to decide whether the external scheme exists; its settings are bound lazily below.
        var authority = configuration.GetSection(JwtOptions.Section)[nameof(JwtOptions.Authority)];
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddPolicyScheme(JwtBearerDefaults.AuthenticationScheme, "Bearer token", _ => { })
            .AddJwtBearer(LocalScheme, _ => { });
        if (!string.IsNullOrWhiteSpace(authority))
        {
            authentication.AddJwtBearer(ExternalScheme, _ => { });
        }

        services.AddOptions<PolicySchemeOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((policy, jwt) => policy.ForwardDefaultSelector = context => SelectScheme(context, jwt.Value));
        services.AddOptions<JwtBearerOptions>(LocalScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) => ConfigureLocal(bearer, jwt.Value));
        services.AddOptions<JwtBearerOptions>(ExternalScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) => ConfigureExternal(bearer, jwt.Value));

        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// Chooses the scheme by the unvalidated <c>iss</c>; choosing wrongly only means the chosen scheme refuses the token.
    /// </summary>
    internal static string SelectScheme(HttpContext context, JwtOptions jwt)
    {
        if (string.IsNullOrWhiteSpace(jwt.Authority))
        {
            return LocalScheme;
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || header.Length > jwt.MaximumTokenSizeInBytes + prefix.Length)
        {
            return LocalScheme;
        }

        var handler = new JsonWebTokenHandler();
        var token = header[prefix.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return LocalScheme;
        }

        try
        {
            var issuer = handler.ReadJsonWebToken(token).Issuer;
            return SameIssuer(issuer, jwt.Authority) ? ExternalScheme : LocalScheme;
        }
        catch (ArgumentException)
        {
            return LocalScheme;
        }
    }

    private static bool SameIssuer(string? issuer, string authority) =>
        issuer is not null && string.Equals(issuer.TrimEnd('/'), authority.TrimEnd('/'), StringComparison.Ordinal);

    private static void ConfigureLocal(JwtBearerOptions bearer, JwtOptions jwt)
    {
        ConfigureCommon(bearer, jwt);
        var parameters = bearer.TokenValidationParameters;
        parameters.ValidIssuer = jwt.Issuer;
        parameters.IssuerSigningKey = jwt.CreateSigningKey();
        parameters.ValidAlgorithms = [jwt.Algorithm];
        parameters.AuthenticationType = LocalAuthenticationType;
    }

    private static void ConfigureExternal(JwtBearerOptions bearer, JwtOptions jwt)
    {
        ConfigureCommon(bearer, jwt);
        bearer.Authority = jwt.Authority;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;

        // The issuer and keys come from the authority's discovery document.
        bearer.TokenValidationParameters.ValidAlgorithms = [jwt.AuthorityAlgorithm];
        bearer.TokenValidationParameters.AuthenticationType = ExternalAuthenticationType;
    }

    private static void ConfigureCommon(JwtBearerOptions bearer, JwtOptions jwt)
    {
        // Claims keep their JWT names (sub, role, name) instead of being renamed to WS-* URIs.
        bearer.MapInboundClaims = false;
        bearer.TokenHandlers.Clear();
        bearer.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false, MaximumTokenSizeInBytes = jwt.MaximumTokenSizeInBytes });
        bearer.Audience = jwt.Audience;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = jwt.ClockSkew,
            NameClaimType = SalesGraphClaimTypes.Name,
            RoleClaimType = SalesGraphClaimTypes.Role,
        };
    }
}
