using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>Which bearer tokens the API accepts on a protected endpoint, and which it refuses.</summary>
public sealed class BearerValidationTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task ValidTokenIsAcceptedAndBecomesTheCaller()
    {
        using var response = await GetProtected(TestTokens.Create(extraClaims: [new Claim("staff_id", "7"), new Claim("region_id", "3")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4242, caller.GetProperty("accountId").GetInt32());
        Assert.Equal("SalesRep", caller.GetProperty("role").GetString());
        Assert.Equal(7, caller.GetProperty("staffId").GetInt32());
        Assert.Equal(3, caller.GetProperty("regionId").GetInt32());
    }

    [Fact]
    public async Task RequestWithoutTokenIsRefusedWithBearerChallenge()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(AuthApiFactory.ProtectedPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public Task MalformedTokenIsRefused() => AssertRefused("not-a.jwt");

    [Fact]
    public Task ExpiredTokenIsRefused() =>
        AssertRefused(TestTokens.Create(notBefore: DateTime.UtcNow.AddHours(-9), expires: DateTime.UtcNow.AddMinutes(-5)));

    [Fact]
    public Task TokenExpiredJustBeyondTheAllowedSkewIsRefused() =>
        AssertRefused(TestTokens.Create(notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddSeconds(-45)));

    [Fact]
    public Task TokenNotYetValidIsRefused() =>
        AssertRefused(TestTokens.Create(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(2)));

    [Fact]
    public Task TokenSignedWithAnotherKeyIsRefused() =>
        AssertRefused(TestTokens.Create(key: new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-also-at-least-32-bytes-long"))));

    [Fact]
    public Task TokenSignedWithTheRightKeyButAnotherAlgorithmIsRefused() =>
        AssertRefused(TestTokens.Create(algorithm: SecurityAlgorithms.HmacSha512));

    [Fact]
    public Task UnsignedTokenWithAlgNoneIsRefused() => AssertRefused(TestTokens.WithAlgNone());

    [Fact]
    public Task TokenWithTamperedPayloadIsRefused() => AssertRefused(TestTokens.WithTamperedPayload());

    [Fact]
    public Task TokenFromAnotherIssuerIsRefused() => AssertRefused(TestTokens.Create(issuer: "someone-else"));

    [Fact]
    public Task TokenForAnotherAudienceIsRefused() => AssertRefused(TestTokens.Create(audience: "another-api"));

    [Fact]
    public Task TokenWithoutExpiryIsRefused() => AssertRefused(TestTokens.Create(withExpiry: false));

    [Fact]
    public Task OversizedTokenIsRefused() =>
        AssertRefused(TestTokens.Create(extraClaims: [new Claim("padding", new string('x', 10_000))]));

    [Fact]
    public async Task TokenSignedWithAnRsaKeyIsRefusedWhenNoExternalIssuerIsConfigured()
    {
        using var rsa = RSA.Create(2048);
        await AssertRefused(TestTokens.Create(key: new RsaSecurityKey(rsa), algorithm: SecurityAlgorithms.RsaSha256));
    }

    private async Task AssertRefused(string token)
    {
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
