using System.ComponentModel.DataAnnotations;

namespace SalesGraph.Auth;

/// <summary>The <c>LoginThrottle</c> configuration section.</summary>
public sealed class LoginThrottleOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "LoginThrottle";

    /// <summary>Failures within <see cref="Window"/> after which an account name or address is blocked.</summary>
    [Range(1, 1000)]
    public int MaxFailures { get; set; } = 5;

    /// <summary>The sliding window failures are counted in; a block lifts when the oldest counted failure leaves it.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
