using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>Declares connection fields with the Relay paging arguments.</summary>
public static class ConnectionFields
{
    /// <summary>
    /// Adds a non-null connection field of <typeparamref name="TNodeGraphType"/> with <c>first</c>, <c>after</c>,
    /// <c>last</c> and <c>before</c> (default page size 50, at most 500) and, when the node type is an entity's object
    /// graph type, <c>where</c> (<see cref="FilterInputGraphType{TGraphType}"/>) and <c>order</c>
    /// (<see cref="SortInputGraphType{TGraphType}"/>), which <see cref="ListArguments"/> reads.
    /// </summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeGraphType>(this ObjectGraphType<TSource> type, string name)
        where TNodeGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = type.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType>>>(name)
            .Argument<IntGraphType>("first", $"Return the first n items (0–{PageRequest.MaxPageSize}; default {PageRequest.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Return items after this cursor.")
            .Argument<IntGraphType>("last", $"Return the last n items (0–{PageRequest.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Return items before this cursor.");
        if (QueryableEntity.EntityTypeOf(typeof(TNodeGraphType)) is not null)
        {
            field
                .Argument(
                    typeof(FilterInputGraphType<>).MakeGenericType(typeof(TNodeGraphType)),
                    "where",
                    a => a.Description = "Only items matching these conditions. Filtering on a field you cannot read in full is refused (AUTH_NOT_AUTHORIZED).")
                .Argument(
                    typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(typeof(SortInputGraphType<>).MakeGenericType(typeof(TNodeGraphType)))),
                    "order",
                    a => a.Description = $"Sort keys, most significant first (at most {SortTranslator.MaxFields}), e.g. `[{{ signedOn: DESC }}]`; ties are broken by id. Sorting on a field you cannot read in full is refused (AUTH_NOT_AUTHORIZED).");
        }

        return field;
    }

    /// <summary>Whether the current connection field selects <c>totalCount</c> (through fragments too).</summary>
    public static bool WantsTotalCount(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") ?? false;
    }
}
