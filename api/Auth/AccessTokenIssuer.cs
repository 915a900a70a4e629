using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Signs SalesGraph's own access tokens with the configured key and algorithm. The claims are exactly the ones
/// <see cref="Caller.FromPrincipal"/> reads back.
/// </summary>
public sealed class AccessTokenIssuer(IOptions<JwtOptions> options, TimeProvider timeProvider)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Issues a token for <paramref name="account"/>, whose staff record (if any) is in <paramref name="regionId"/>.</summary>
    public IssuedAccessToken Issue(Account account, int? regionId, ClientKind client)
    {
        ArgumentNullException.ThrowIfNull(account);
        var jwt = options.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(SalesGraphClaimTypes.Subject, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(SalesGraphClaimTypes.Name, account.Username),
            new(SalesGraphClaimTypes.Role, account.Role.ToString()),
            new(SalesGraphClaimTypes.Client, Caller.ClientClaimValue(client)),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (account.StaffId is { } staffId)
        {
            claims.Add(new(SalesGraphClaimTypes.StaffId, staffId.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32));
        }

        if (regionId is { } region)
        {
            claims.Add(new(SalesGraphClaimTypes.RegionId, region.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32));
        }

        if (!string.IsNullOrWhiteSpace(account.Grants))
        {
            claims.Add(new(SalesGraphClaimTypes.Scope, string.Join(' ', account.Grants.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + jwt.AccessTokenLifetime,
            SigningCredentials = new SigningCredentials(jwt.CreateSigningKey(), jwt.Algorithm),
        };
        return new IssuedAccessToken(_handler.CreateToken(descriptor), jwt.AccessTokenLifetime);
    }
}
