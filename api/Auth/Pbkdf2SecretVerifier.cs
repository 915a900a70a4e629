namespace SalesGraph.Auth;

/// <summary>Verifies secrets against the hashes <see cref="SecretHasher"/> writes.</summary>
public sealed class Pbkdf2SecretVerifier : ISecretVerifier
{
    /// <inheritdoc />
    public bool Verify(string secret, string hash) => SecretHasher.Verify(secret, hash);
}
