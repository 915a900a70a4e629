using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// One element of the <c>order</c> argument of a list of <typeparamref name="TGraphType"/> nodes, in HotChocolate's
/// shape: <c>ContractSortInput { signedOn: SortEnumType … }</c>, one field per value field of the node type.
/// </summary>
/// <typeparam name="TGraphType">The node's object graph type.</typeparam>
public sealed class SortInputGraphType<TGraphType> : InputObjectGraphType, IQueryInputGraphType
    where TGraphType : IComplexGraphType
{
    /// <summary>Declares one direction field per sortable field of the node type.</summary>
    public SortInputGraphType()
    {
        Entity = QueryableEntity.For<TGraphType>();
        Name = $"{Entity.TypeName}SortInput";
        Description = $"A sort key of `{Entity.TypeName}` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id.";
        foreach (var member in Entity.Members.Values.Where(m => !m.IsRelation))
        {
            Field<SortEnumGraphType>(member.Name).Description($"Sort by `{member.Name}`.");
        }
    }

    /// <inheritdoc/>
    public QueryableEntity Entity { get; }
}
