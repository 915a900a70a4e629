using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>Hand-made tokens, valid or broken in exactly one way, to probe what the API accepts.</summary>
public static class TestTokens
{
    public static SymmetricSecurityKey LocalKey { get; } = new(Encoding.UTF8.GetBytes(AuthApiFactory.SigningKey));

    public static string Create(
        string issuer = AuthApiFactory.Issuer,
        string audience = AuthApiFactory.Audience,
        SecurityKey? key = null,
        string algorithm = SecurityAlgorithms.HmacSha256,
        DateTime? notBefore = null,
        DateTime? expires = null,
        bool withExpiry = true,
        string role = "SalesRep",
        IEnumerable<Claim>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new("sub", "4242"),
            new("name", "hand.made"),
            new("role", role),
            new("client", "spa"),
        };
        claims.AddRange(extraClaims ?? []);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = withExpiry ? expires ?? now.AddHours(1) : null,
            SigningCredentials = new SigningCredentials(key ?? LocalKey, algorithm),
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature, carrying otherwise valid claims.</summary>
    public static string WithAlgNone()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{AuthApiFactory.Issuer}}","aud":"{{AuthApiFactory.Audience}}","sub":"1","name":"x","role":"Director","nbf":{{now - 60}},"exp":{{now + 3600}}}""");
        return $"{header}.{payload}.";
    }

    /// <summary>A validly signed token whose payload was then swapped for one that claims a stronger role.</summary>
    public static string WithTamperedPayload()
    {
        var parts = Create().Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"SalesRep\"", "\"Director\"", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
