using Microsoft.Extensions.Hosting.Internal;
using SalesGraph.Auth;

namespace SalesGraph.UnitTests.Auth;

public sealed class JwtOptionsValidatorTests
{
    private const string DevelopmentKey = "DEVELOPMENT-ONLY-KEY: published in the repository, refused outside Development.";
    private const string ProductionKey = "a-production-key-from-the-secret-store-0123456789";

    [Fact]
    public void ProductionKeyIsAcceptedInProduction() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey }).Succeeded);

    [Fact]
    public void DevelopmentKeyIsAcceptedInDevelopment() =>
        Assert.True(Validate(Environments.Development, new JwtOptions { SigningKey = DevelopmentKey }).Succeeded);

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void DevelopmentKeyIsRefusedOutsideDevelopment(string environment)
    {
        var result = Validate(environment, new JwtOptions { SigningKey = DevelopmentKey });

        Assert.True(result.Failed);
        Assert.Contains("development key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKeyIsRefused() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = "" }).Failed);

    [Fact]
    public void KeyShorterThan32BytesIsRefused() =>
        Assert.True(Validate(Environments.Development, new JwtOptions { SigningKey = new string('k', 31) }).Failed);

    [Fact]
    public void Hs512NeedsA64ByteKey()
    {
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = new string('k', 63), Algorithm = "HS512" }).Failed);
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = new string('k', 64), Algorithm = "HS512" }).Succeeded);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("RS256")]
    [InlineData("hs256")]
    public void AlgorithmsOtherThanHmacAreRefusedForLocalTokens(string algorithm) =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey, Algorithm = algorithm }).Failed);

    [Fact]
    public void ClockSkewAbove30SecondsIsRefused() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey, ClockSkew = TimeSpan.FromSeconds(31) }).Failed);

    [Fact]
    public void LifetimeOfMoreThanADayIsRefused() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey, AccessTokenLifetime = TimeSpan.FromDays(2) }).Failed);

    [Fact]
    public void PlainHttpAuthorityIsRefusedInProduction() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey, Authority = "http://login.example.com" }).Failed);

    [Fact]
    public void HttpsAuthorityIsAccepted() =>
        Assert.True(Validate(Environments.Production, new JwtOptions { SigningKey = ProductionKey, Authority = "https://login.example.com/realms/sales" }).Succeeded);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, JwtOptions options) =>
        new JwtOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);
}
