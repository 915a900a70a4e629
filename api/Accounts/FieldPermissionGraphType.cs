using GraphQL.Types;

namespace SalesGraph.Accounts;

/// <summary>One entry of <c>me.fields</c>.</summary>
public sealed class FieldPermissionGraphType : ObjectGraphType<FieldPermission>
{
    public FieldPermissionGraphType()
    {
        Name = "FieldPermission";
        Description = "What the caller gets of one field of one type.";
        Field(p => p.Type).Description("The GraphQL type, e.g. `Customer`.");
        Field(p => p.Field).Description("The field, e.g. `mobile`.");
        Field(p => p.Access).Description("ALLOW (the value), MASK (a masked value), OWN (the value on the caller's own rows only) or DENY (null with AUTH_NOT_AUTHORIZED).");
    }
}
