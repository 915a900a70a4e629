using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>What row scoping needs to know about the caller: its role, its staff record and its region subtree.</summary>
/// <param name="Role">The caller's role.</param>
/// <param name="StaffId">The caller's staff id (people), null for service accounts.</param>
/// <param name="RegionPath">The materialized path of the caller's region (<c>/1/</c>), null when it has none.</param>
public sealed record ScopeSubject(StaffRole Role, int? StaffId, string? RegionPath);
