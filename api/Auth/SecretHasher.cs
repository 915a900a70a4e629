using System.Globalization;
using System.Security.Cryptography;

namespace SalesGraph.Auth;

/// <summary>
/// Hashes passwords and client secrets with PBKDF2-HMAC-SHA256 into the self-describing form
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (salt and hash in base64), so the work factor can be raised later
/// without invalidating stored hashes: <see cref="Verify"/> reads the iteration count from the stored value.
/// </summary>
public static class SecretHasher
{
    /// <summary>The scheme name that starts every hash this class produces.</summary>
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>The iteration count used for new hashes.</summary>
    public const int DefaultIterations = 100_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes <paramref name="secret"/> with a fresh random 16-byte salt.</summary>
    public static string Hash(string secret, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// True when <paramref name="secret"/> matches <paramref name="encoded"/>. A malformed or foreign hash never
    /// matches (and never throws), so a corrupt row cannot become a login error page.
    /// </summary>
    public static bool Verify(string secret, string encoded)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrEmpty(encoded))
        {
            return false;
        }

        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (salt.Length == 0 || expected.Length == 0)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
