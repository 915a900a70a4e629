using System.Security.Claims;

namespace SalesGraph.Auth;

/// <summary>Turns the authenticated principal into the <see cref="ScopeSubject"/> that row scoping uses.</summary>
public interface ICallerScope
{
    ScopeSubject Subject(ClaimsPrincipal? user);
}
