using SalesGraph.Auth;

namespace SalesGraph.UnitTests.Auth;

public sealed class SecretHasherTests
{
    [Fact]
    public void AHashedSecretVerifiesWithTheSameSecret()
    {
        var hash = SecretHasher.Hash("SalesGraph!2026");

        Assert.True(SecretHasher.Verify("SalesGraph!2026", hash));
    }

    [Fact]
    public void AHashedSecretRejectsAnyOtherSecret()
    {
        var hash = SecretHasher.Hash("SalesGraph!2026");

        Assert.False(SecretHasher.Verify("salesgraph!2026", hash));
        Assert.False(SecretHasher.Verify("", hash));
    }

    [Fact]
    public void TheSameSecretHashesDifferentlyEachTimeBecauseOfItsRandomSalt()
    {
        Assert.NotEqual(SecretHasher.Hash("same secret"), SecretHasher.Hash("same secret"));
    }

    [Fact]
    public void AHashNamesItsSchemeIterationsSaltAndHash()
    {
        var parts = SecretHasher.Hash("x").Split('$');

        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.True(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 100_000);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Fact]
    public void VerificationUsesTheIterationCountStoredInTheHash()
    {
        var cheap = SecretHasher.Hash("secret", iterations: 1_000);

        Assert.StartsWith("pbkdf2-sha256$1000$", cheap, StringComparison.Ordinal);
        Assert.True(SecretHasher.Verify("secret", cheap));
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret")]
    [InlineData("pbkdf2-sha256$100000$not base64$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("md5$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("pbkdf2-sha256$100000$$")]
    public void AMalformedOrForeignHashNeverVerifies(string stored)
    {
        Assert.False(SecretHasher.Verify("secret", stored));
    }
}
