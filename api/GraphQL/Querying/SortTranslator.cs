using System.Linq.Expressions;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Translates a parsed <c>order</c> argument (a list of <see cref="SortInputGraphType{TGraphType}"/>) into sort keys
/// that EF Core turns into <c>ORDER BY</c>, followed by the list's unique tie-break, so keyset cursors never skip or
/// repeat a row. Every field used is first checked with <see cref="IQueryAccess.MayUse"/>.
/// </summary>
public static class SortTranslator
{
    /// <summary>The most fields one <c>order</c> may name.</summary>
    public const int MaxFields = 5;

    /// <summary>The keys of <paramref name="order"/>, then <paramref name="tieBreak"/> (which ends with a unique key).</summary>
    /// <param name="order">The parsed argument: a list of dictionaries of field name to <see cref="SortDirection"/>.</param>
    /// <param name="entity">The model of <typeparamref name="T"/>.</param>
    /// <param name="access">What the caller may use.</param>
    /// <param name="tieBreak">The default ordering of the list, ending with its unique key.</param>
    /// <param name="services">The request's services, which computed fields (<see cref="ComputedQueryField"/>) bind their keys with.</param>
    public static IReadOnlyList<SortKey<T>> Translate<T>(
        object? order, QueryableEntity entity, IQueryAccess access, IReadOnlyList<SortKey<T>> tieBreak, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(tieBreak);
        var keys = new List<SortKey<T>>();
        var fields = 0;
        foreach (var item in FilterTranslator.AsList(order))
        {
            foreach (var (name, direction) in FilterTranslator.AsObject(item))
            {
                if (!entity.Members.TryGetValue(name, out var member) || member.IsRelation)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, $"{entity.TypeName}.{name} cannot be sorted on.");
                }

                if (!access.MayUse(entity.TypeName, name))
                {
                    throw FilterTranslator.NotAuthorized(entity.TypeName, name, "sort");
                }

                if (direction is not SortDirection dir)
                {
                    continue;
                }

                if (++fields > MaxFields)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, $"'order' may name at most {MaxFields} fields.");
                }

                if (member.Computed is { } computed)
                {
                    // A computed field sorts by its key, the other way round when the field falls as the key rises.
                    var binding = computed.Bind(services);
                    keys.AddRange(KeysetPaging.KeysFor<T>(binding.Key, (dir == SortDirection.Descending) != binding.Decreasing, false));
                    continue;
                }

                var row = Expression.Parameter(typeof(T), "row");
                var selector = Expression.Lambda(Expression.Property(row, member.Property!), row);
                keys.AddRange(KeysetPaging.KeysFor<T>(selector, dir == SortDirection.Descending, member.IsNullable));
            }
        }

        keys.AddRange(tieBreak);
        return keys;
    }
}
