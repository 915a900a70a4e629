using GraphQL.Types;
using SalesGraph.GraphQL.Scalars;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>The <c>UserError</c> interface: what every typed input error has in common.</summary>
public sealed class UserErrorInterfaceGraphType : InterfaceGraphType<UserError>, IPlumbingGraphType
{
    /// <summary>Declares the <c>UserError</c> interface and its fields.</summary>
    public UserErrorInterfaceGraphType()
    {
        Name = "UserError";
        Description =
            "A problem with a mutation's input, returned in the payload's `errors` (the mutation then wrote nothing). " +
            "Authorization failures are not UserErrors: they are GraphQL errors with `extensions.code` = AUTH_NOT_AUTHORIZED " +
            "and `extensions.field` = the input path, and the mutation's payload is null.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code: VALIDATION, NOT_FOUND, CONFLICT or INVALID_TRANSITION.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathSegmentGraphType>>>>("path")
            .Description("The input field concerned, from the argument down, e.g. [\"input\", \"lines\", 0, \"quantity\"].");
    }
}
