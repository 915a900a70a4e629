using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// The <c>where</c> input of a list of <typeparamref name="TGraphType"/> nodes in HotChocolate's shape, e.g.
/// <c>ContractFilterInput { and or number: StringOperationFilterInput … customer: CustomerFilterInput }</c>: one
/// operation input per value field of the node type and one filter input per to-one relation, derived from
/// <see cref="QueryableEntity"/>. All given conditions must hold.
/// </summary>
/// <typeparam name="TGraphType">The node's object graph type.</typeparam>
public sealed class FilterInputGraphType<TGraphType> : InputObjectGraphType, IQueryInputGraphType
    where TGraphType : IComplexGraphType
{
    /// <summary>Declares one operation filter per filterable field of the node type, and <c>and</c>/<c>or</c>.</summary>
    public FilterInputGraphType()
    {
        Entity = QueryableEntity.For<TGraphType>();
        Name = $"{Entity.TypeName}FilterInput";
        Description = $"Conditions on `{Entity.TypeName}` items; all given conditions must hold.";
        Field(FilterOperations.And, typeof(ListGraphType<NonNullGraphType<FilterInputGraphType<TGraphType>>>)).Description("All of these filters hold.");
        Field(FilterOperations.Or, typeof(ListGraphType<NonNullGraphType<FilterInputGraphType<TGraphType>>>)).Description("At least one of these filters holds.");
        foreach (var member in Entity.Members.Values)
        {
            var type = member.IsRelation
                ? typeof(FilterInputGraphType<>).MakeGenericType(member.RelatedGraphType!)
                : typeof(OperationFilterInputGraphType<>).MakeGenericType(member.ValueGraphType!);
            Field(member.Name, type).Description(member.IsRelation
                ? $"Conditions on the related item (at most {FilterTranslator.MaxRelationDepth} relations deep); items without one do not match."
                : $"Conditions on `{member.Name}`.");
        }
    }

    /// <inheritdoc/>
    public QueryableEntity Entity { get; }
}
