namespace SalesGraph.Auth;

/// <summary>
/// Checks a presented password or client secret against a stored hash (<see cref="Data.Entities.Account.SecretHash"/>).
/// The token endpoint depends on this seam only, so the hashing scheme can change without touching it.
/// </summary>
public interface ISecretVerifier
{
    /// <summary>
    /// <see langword="true"/> when <paramref name="secret"/> matches <paramref name="hash"/>. Must run in time
    /// independent of where the secret differs, and must return <see langword="false"/> (not throw) for a malformed hash.
    /// </summary>
    bool Verify(string secret, string hash);
}
