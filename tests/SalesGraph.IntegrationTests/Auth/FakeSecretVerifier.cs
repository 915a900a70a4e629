using SalesGraph.Auth;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>Stands in for the PBKDF2 hasher: these tests are about the endpoint, not about hashing.</summary>
public sealed class FakeSecretVerifier : ISecretVerifier
{
    public static string Hash(string secret) => "fake$" + secret;

    public bool Verify(string secret, string hash) => hash == Hash(secret);
}
