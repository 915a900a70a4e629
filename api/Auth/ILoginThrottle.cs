namespace SalesGraph.Auth;

/// <summary>
/// Slows down password guessing at the token endpoint: failed sign-ins are counted per account name and per remote
/// address, and either count reaching its limit blocks further attempts for a while.
/// </summary>
/// <remarks>
/// The in-memory <see cref="InMemoryLoginThrottle"/> counts per process. Once SalesGraph runs on several instances
/// (the PostgreSQL deployment), an implementation over shared storage must replace it, or an attacker gets the limit
/// once per instance. The methods are asynchronous for that reason.
/// </remarks>
public interface ILoginThrottle
{
    /// <summary>
    /// How long the caller must wait before trying <paramref name="accountName"/> from <paramref name="remoteAddress"/>
    /// again, or <see langword="null"/> when the attempt may proceed.
    /// </summary>
    ValueTask<TimeSpan?> GetRetryAfterAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt against both the account name and the remote address.</summary>
    ValueTask RecordFailureAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default);

    /// <summary>
    /// Clears the failures of <paramref name="accountName"/> after a successful sign-in. The address count is kept, so
    /// an attacker cannot reset it by signing in to an account of their own between guesses.
    /// </summary>
    ValueTask RecordSuccessAsync(string accountName, CancellationToken cancellationToken = default);
}
