namespace SalesGraph.Data.Entities;

/// <summary>
/// One failed sign-in, counted against a throttle key (<c>account:NAME</c> or <c>address:IP</c>) by the database-backed
/// login throttle, so every instance on one database sees the same failures.
/// </summary>
public sealed class LoginFailure
{
    public long Id { get; set; }

    /// <summary><c>account:</c> + the upper-cased account name, or <c>address:</c> + the remote address.</summary>
    public required string Key { get; set; }

    /// <summary>When the attempt failed (UTC).</summary>
    public DateTime At { get; set; }
}
