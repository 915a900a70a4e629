using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>Who may attempt an action; integration clients also need <see cref="Grant"/> when it is set.</summary>
/// <param name="Roles">The roles that may attempt it.</param>
/// <param name="Grant">The grant an integration client needs besides its role, e.g. <c>orders:write</c>.</param>
public sealed record ActionRule(IReadOnlyList<StaffRole> Roles, string? Grant = null)
{
    /// <summary>Whether <paramref name="caller"/> may attempt the action.</summary>
    public bool Permits(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is { } role && Roles.Contains(role)
            && (role != StaffRole.Integration || Grant is null || caller.HasGrant(Grant));
    }

    /// <summary>The rule as a sentence for the schema, e.g. "Who may: SALES_SUPPORT, FINANCE, INTEGRATION with payments:write."</summary>
    public string Describe()
    {
        var roles = Enum.GetValues<StaffRole>().Where(Roles.Contains)
            .Select(r => r == StaffRole.Integration && Grant is not null ? $"{RoleNames.GraphQLName(r)} with {Grant}" : RoleNames.GraphQLName(r));
        return $"Who may: {string.Join(", ", roles)}.";
    }
}
