using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// <see cref="ILoginThrottle"/> over the shared database: every failed sign-in is a row of <c>LoginFailures</c>, so all
/// instances on one database count the same failures and an attacker gets the limit once, not once per instance. The
/// rules are those of <see cref="InMemoryLoginThrottle"/>: a sliding window per account name and per remote address.
/// </summary>
/// <remarks>
/// Rows older than the window are deleted whenever a failure is recorded, so the table holds only the recent attack
/// surface. The model must map <see cref="LoginFailure"/> (the PostgreSQL context does).
/// </remarks>
public sealed class DatabaseLoginThrottle(
    IDbContextFactory<SalesGraphDbContext> contexts,
    IOptions<LoginThrottleOptions> options,
    TimeProvider timeProvider) : ILoginThrottle
{
    private readonly LoginThrottleOptions _options = options.Value;

    /// <inheritdoc />
    public async ValueTask<TimeSpan?> GetRetryAfterAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await RetryAfterAsync(db, AccountKey(accountName), now, cancellationToken);
        var address = await RetryAfterAsync(db, AddressKey(remoteAddress), now, cancellationToken);
        return account is null ? address : address is null ? account : account > address ? account : address;
    }

    /// <inheritdoc />
    public async ValueTask RecordFailureAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - _options.Window;
        await db.Set<LoginFailure>().Where(f => f.At <= cutoff).ExecuteDeleteAsync(cancellationToken);
        db.Set<LoginFailure>().AddRange(
            new LoginFailure { Key = AccountKey(accountName), At = now },
            new LoginFailure { Key = AddressKey(remoteAddress), At = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask RecordSuccessAsync(string accountName, CancellationToken cancellationToken = default)
    {
        var key = AccountKey(accountName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<LoginFailure>().Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    // The same keys as the in-memory throttle: account names are compared case-insensitively.
    private static string AccountKey(string accountName) => "account:" + accountName.Trim().ToUpperInvariant();

    private static string AddressKey(string remoteAddress) => "address:" + remoteAddress;

    private async Task<TimeSpan?> RetryAfterAsync(SalesGraphDbContext db, string key, DateTime now, CancellationToken cancellationToken)
    {
        var cutoff = now - _options.Window;
        // Only the newest MaxFailures failures inside the window can decide the block.
        var newest = await db.Set<LoginFailure>()
            .Where(f => f.Key == key && f.At > cutoff)
            .OrderByDescending(f => f.At)
            .Select(f => f.At)
            .Take(_options.MaxFailures)
            .ToListAsync(cancellationToken);
        if (newest.Count < _options.MaxFailures)
        {
            return null;
        }

        // The block lifts when the oldest of them leaves the window.
        var wait = newest[^1] + _options.Window - now;
        return wait > TimeSpan.Zero ? wait : null;
    }
}
