using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Auth;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>
/// The app configured with an external OpenID Connect authority. Its discovery document is supplied in memory
/// (issuer and one RSA key) instead of being fetched, so the test needs no network.
/// </summary>
public sealed class ExternalIssuerApiFactory : AuthApiFactory
{
    public const string Authority = "https://login.example.test/realms/sales";

    private readonly RSA _rsa = RSA.Create(2048);

    public SecurityKey AuthorityKey => new RsaSecurityKey(_rsa) { KeyId = "authority-key-1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jwt:Authority", Authority);
        builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(AuthenticationFeature.ExternalScheme, options =>
        {
            var discovery = new OpenIdConnectConfiguration { Issuer = Authority };
            discovery.SigningKeys.Add(AuthorityKey);
            options.Configuration = discovery;
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _rsa.Dispose();
    }
}
