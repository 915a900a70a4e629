namespace SalesGraph.Auth;

/// <summary>A signed access token and how long it stays valid.</summary>
public sealed record IssuedAccessToken(string Value, TimeSpan Lifetime);
