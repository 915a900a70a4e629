using System.Security.Claims;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>Until authentication lands every caller is treated as the director. Replaced by the claims-based scope.</summary>
internal sealed class InterimCallerScope : ICallerScope
{
    public ScopeSubject Subject(ClaimsPrincipal? user) => new(StaffRole.Director, null, null);
}
