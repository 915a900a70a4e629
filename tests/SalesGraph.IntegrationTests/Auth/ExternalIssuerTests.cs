using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>Tokens from a configured external OpenID Connect issuer, beside SalesGraph's own.</summary>
public sealed class ExternalIssuerTests(ExternalIssuerApiFactory factory) : IClassFixture<ExternalIssuerApiFactory>
{
    [Fact]
    public async Task TokenSignedByTheAuthorityIsAcceptedWithItsRole()
    {
        var token = TestTokens.Create(
            issuer: ExternalIssuerApiFactory.Authority,
            key: factory.AuthorityKey,
            algorithm: SecurityAlgorithms.RsaSha256,
            role: "FINANCE");

        using var response = await GetProtected(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Finance", caller.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, caller.GetProperty("accountId").ValueKind);
    }

    [Fact]
    public async Task LocalTokensKeepWorkingBesideTheAuthority()
    {
        using var response = await GetProtected(TestTokens.Create());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenNamingTheAuthorityButSignedWithTheLocalKeyIsRefused()
    {
        using var response = await GetProtected(TestTokens.Create(issuer: ExternalIssuerApiFactory.Authority));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenNamingTheLocalIssuerButSignedWithTheAuthorityKeyIsRefused()
    {
        using var response = await GetProtected(TestTokens.Create(key: factory.AuthorityKey, algorithm: SecurityAlgorithms.RsaSha256));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuthorityTokenWithAnotherAlgorithmIsRefused()
    {
        var token = TestTokens.Create(issuer: ExternalIssuerApiFactory.Authority, key: factory.AuthorityKey, algorithm: SecurityAlgorithms.RsaSha512);
        using var response = await GetProtected(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuthorityTokenForAnotherAudienceIsRefused()
    {
        var token = TestTokens.Create(issuer: ExternalIssuerApiFactory.Authority, audience: "another-api", key: factory.AuthorityKey, algorithm: SecurityAlgorithms.RsaSha256);
        using var response = await GetProtected(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetProtected(string token)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, AuthApiFactory.ProtectedPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
