using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SalesGraph.Auth;

/// <summary>
/// <see cref="ILoginThrottle"/> for a single instance: a sliding window of failure times per key, kept in memory.
/// Keys whose failures have all left the window are swept away, so the memory used is bounded by the recent attack
/// surface, not by history.
/// </summary>
public sealed class InMemoryLoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider timeProvider) : ILoginThrottle
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly LoginThrottleOptions _options = options.Value;

    /// <inheritdoc />
    public ValueTask<TimeSpan?> GetRetryAfterAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var account = RetryAfter(AccountKey(accountName), now);
        var address = RetryAfter(AddressKey(remoteAddress), now);
        TimeSpan? longest = account is null ? address : address is null ? account : TimeSpan.FromTicks(Math.Max(account.Value.Ticks, address.Value.Ticks));
        return ValueTask.FromResult(longest);
    }

    /// <inheritdoc />
    public ValueTask RecordFailureAsync(string accountName, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        Record(AccountKey(accountName), now);
        Record(AddressKey(remoteAddress), now);
        if (_failures.Count > SweepThreshold)
        {
            Sweep(now);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RecordSuccessAsync(string accountName, CancellationToken cancellationToken = default)
    {
        _failures.TryRemove(AccountKey(accountName), out _);
        return ValueTask.CompletedTask;
    }

    // Account names are compared case-insensitively so "Alice" and "alice" share one budget.
    private static string AccountKey(string accountName) => "account:" + accountName.Trim().ToUpperInvariant();

    private static string AddressKey(string remoteAddress) => "address:" + remoteAddress;

    private TimeSpan? RetryAfter(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return null;
        }

        lock (times)
        {
            Expire(times, now);
            if (times.Count < _options.MaxFailures)
            {
                return null;
            }

            // The block lifts when enough failures have left the window to go below the limit again.
            var releasing = times.ElementAt(times.Count - _options.MaxFailures);
            var wait = releasing + _options.Window - now;
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    private void Record(string key, DateTimeOffset now)
    {
        var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Expire(times, now);
            times.Enqueue(now);

            // Only the newest MaxFailures entries can ever matter.
            while (times.Count > _options.MaxFailures)
            {
                times.Dequeue();
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + _options.Window <= now)
        {
            times.Dequeue();
        }
    }

    // A failure recorded into a queue at the moment it is swept away is lost; under an attack wide enough to trigger
    // sweeps that costs one count at most, which is cheaper than a global lock on every attempt.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures)
        {
            lock (times)
            {
                Expire(times, now);
                if (times.Count == 0)
                {
                    _failures.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, times));
                }
            }
        }
    }
}
