using GraphQL.Types;
using SalesGraph.GraphQL.Scalars;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>The fields of the <c>UserError</c> interface, as every implementation resolves them.</summary>
internal static class UserErrorFields
{
    public static void Add(ObjectGraphType<UserError> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("code")
            .Description("Stable code: VALIDATION, NOT_FOUND, CONFLICT or INVALID_TRANSITION.")
            .Resolve(c => c.Source.Code);
        type.Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What is wrong, for people.")
            .Resolve(c => c.Source.Message);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathSegmentGraphType>>>>("path")
            .Description("The input field concerned, from the argument down, e.g. [\"input\", \"lines\", 0, \"quantity\"].")
            .Resolve(c => c.Source.Path);
    }
}
