using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>Builds ordering expressions over in-query sequences (e.g. the rows of one group), for top-N-per-group reads.</summary>
public static class KeysetOrdering
{
    /// <summary>
    /// <c>items.OrderBy(k1).ThenBy(k2)…Take(count)</c> as an expression over an <see cref="IQueryable{T}"/> expression,
    /// which EF Core translates inside a projection to a window function.
    /// </summary>
    public static Expression OrderAndTake<T>(Expression items, IReadOnlyList<SortKey<T>> order, int count)
    {
        ArgumentNullException.ThrowIfNull(order);
        var current = items;
        var first = true;
        foreach (var key in order)
        {
            var method = (first, key.Descending) switch
            {
                (true, false) => nameof(Enumerable.OrderBy),
                (true, true) => nameof(Enumerable.OrderByDescending),
                (false, false) => nameof(Enumerable.ThenBy),
                (false, true) => nameof(Enumerable.ThenByDescending),
            };
            current = Expression.Call(typeof(Queryable), method, [typeof(T), key.KeyType], current, Expression.Quote(key.Selector));
            first = false;
        }

        return Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], current, Expression.Constant(count));
    }
}
