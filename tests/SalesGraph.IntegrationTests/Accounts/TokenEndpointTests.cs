using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SalesGraph.IntegrationTests.Auth;

namespace SalesGraph.IntegrationTests.Accounts;

/// <summary><c>POST /auth/token</c> as OAuth2 clients and the SPA use it.</summary>
public sealed class TokenEndpointTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private static readonly Uri TokenUri = new("/auth/token", UriKind.Relative);

    [Fact]
    public async Task PersonGetsBearerTokenWithFormFields()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "password"), ("username", "li.ming"), ("password", "rep-password")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await Json(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(8 * 3600, body.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task PersonsTokenFromJsonCarriesAccountRoleStaffRegionAndSpaClient()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsJsonAsync(TokenUri, new { grant_type = "password", username = "li.ming", password = "rep-password" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var caller = await CallerOf((await Json(response)).GetProperty("access_token").GetString()!);

        Assert.Equal(factory.RepAccountId, caller.GetProperty("accountId").GetInt32());
        Assert.Equal("li.ming", caller.GetProperty("username").GetString());
        Assert.Equal("SalesRep", caller.GetProperty("role").GetString());
        Assert.Equal(factory.RepStaffId, caller.GetProperty("staffId").GetInt32());
        Assert.Equal(factory.EastRegionId, caller.GetProperty("regionId").GetInt32());
        Assert.False(caller.GetProperty("isService").GetBoolean());
        Assert.Equal("Spa", caller.GetProperty("client").GetString());
    }

    [Fact]
    public async Task WrongPasswordIsInvalidGrant()
    {
        using var response = await PostPassword("li.ming", "wrong-password");
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task UnknownUserGetsTheSameAnswerAsWrongPassword()
    {
        using var unknown = await PostPassword("nobody.here", "whatever");
        using var wrong = await PostPassword("admin", "not-the-password");

        await AssertOAuthError(unknown, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeactivatedAccountCannotSignInEvenWithItsPassword()
    {
        using var response = await PostPassword("disabled.user", "disabled-password");
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task StaffMemberWhoLeftCannotSignInEvenWithTheirPassword()
    {
        using var response = await PostPassword("wang.fang", "leaver-password");
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task ServiceAccountCannotUseThePasswordGrant()
    {
        using var response = await PostPassword("bi-dashboard", "bi-secret");
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task UnknownGrantTypeIsUnsupported()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "authorization_code"), ("code", "abc")));
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task MissingGrantTypeIsInvalidRequest()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("username", "li.ming"), ("password", "rep-password")));
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task PasswordGrantWithoutPasswordIsInvalidRequest()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsJsonAsync(TokenUri, new { grant_type = "password", username = "li.ming" });
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task RepeatedParameterIsInvalidRequest()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "password"), ("username", "li.ming"), ("username", "admin"), ("password", "rep-password")));
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task JsonWithNonStringValuesIsInvalidRequest()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var content = new StringContent("""{"grant_type":"password","username":["li.ming"],"password":"rep-password"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TokenUri, content);
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task PlainTextBodyIsInvalidRequest()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var content = new StringContent("grant_type=password", Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync(TokenUri, content);
        await AssertOAuthError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task BiServiceAccountGetsTokenWithClientCredentialsInTheBody()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "client_credentials"), ("client_id", "bi-dashboard"), ("client_secret", "bi-secret")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var caller = await CallerOf((await Json(response)).GetProperty("access_token").GetString()!);

        Assert.Equal(factory.BiAccountId, caller.GetProperty("accountId").GetInt32());
        Assert.Equal("BiAnalyst", caller.GetProperty("role").GetString());
        Assert.True(caller.GetProperty("isService").GetBoolean());
        Assert.Equal("Bi", caller.GetProperty("client").GetString());
    }

    [Fact]
    public async Task IntegrationClientAuthenticatesWithBasicAndCarriesItsGrants()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenUri) { Content = Form(("grant_type", "client_credentials")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("erp:erp-secret")));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var caller = await CallerOf((await Json(response)).GetProperty("access_token").GetString()!);

        Assert.Equal(factory.ErpAccountId, caller.GetProperty("accountId").GetInt32());
        Assert.Equal("Integration", caller.GetProperty("client").GetString());
        Assert.Equal(["payments:write", "shipments:write"], caller.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task WrongClientSecretIsInvalidClientWith401()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "client_credentials"), ("client_id", "bi-dashboard"), ("client_secret", "wrong")));
        await AssertOAuthError(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task PersonCannotUseClientCredentials()
    {
        using var client = factory.CreateClientFromFreshAddress();
        using var response = await client.PostAsync(TokenUri, Form(("grant_type", "client_credentials"), ("client_id", "li.ming"), ("client_secret", "rep-password")));
        await AssertOAuthError(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task FiveFailuresForOneAccountBlockItEvenWithTheRightPasswordFromElsewhere()
    {
        for (var i = 0; i < 5; i++)
        {
            using var failed = await PostPassword("throttled.user", "guess-" + i);
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        }

        using var blocked = await PostPassword("throttled.user", "throttled-password");

        await AssertOAuthError(blocked, (HttpStatusCode)429, "temporarily_unavailable");
        var retryAfter = blocked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task FiveFailuresFromOneAddressBlockThatAddressForEveryAccount()
    {
        var address = AuthApiFactory.FreshAddress();
        using var client = factory.CreateClientFrom(address);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostAsync(TokenUri, Form(("grant_type", "password"), ("username", $"sprayed-{i}"), ("password", "Winter2026!")));
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        }

        using var blocked = await client.PostAsync(TokenUri, Form(("grant_type", "password"), ("username", "admin"), ("password", "admin-password")));
        using var elsewhere = await PostPassword("admin", "admin-password");

        Assert.Equal((HttpStatusCode)429, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    private async Task<HttpResponseMessage> PostPassword(string username, string password)
    {
        using var client = factory.CreateClientFromFreshAddress();
        return await client.PostAsync(TokenUri, Form(("grant_type", "password"), ("username", username), ("password", password)));
    }

    private async Task<JsonElement> CallerOf(string accessToken)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, AuthApiFactory.ProtectedPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    private static async Task AssertOAuthError(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await Json(response);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
