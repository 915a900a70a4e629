using System.Text;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>Role names as the schema spells them (<c>REGIONAL_MANAGER</c>).</summary>
public static class RoleNames
{
    /// <summary>The enum value name of <paramref name="role"/> in the schema: <c>RegionalManager</c> becomes <c>REGIONAL_MANAGER</c>.</summary>
    public static string GraphQLName(StaffRole role)
    {
        var name = role.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
