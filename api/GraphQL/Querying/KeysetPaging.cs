using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Keyset (seek) paging over any <see cref="IQueryable{T}"/>: the ordering, the cursor predicate and the page limit all
/// translate to SQL, so a page costs the same at row 10 and at row 1,000,000 and a cursor never skips or repeats a row
/// when rows are inserted before it. The ordering must end with a unique key (the id) as its tie-break.
/// </summary>
public static class KeysetPaging
{
    /// <summary>Orders <paramref name="source"/> by <paramref name="order"/>.</summary>
    public static IQueryable<T> OrderBy<T>(this IQueryable<T> source, IReadOnlyList<SortKey<T>> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        IOrderedQueryable<T>? ordered = null;
        foreach (var key in order)
        {
            var method = (ordered is null, key.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(
                typeof(Queryable), method, [typeof(T), key.KeyType], (ordered ?? source).Expression, Expression.Quote(key.Selector));
            ordered = (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
        }

        return ordered ?? source;
    }

    /// <summary>Keeps the rows strictly after <paramref name="cursor"/> in <paramref name="order"/>.</summary>
    public static IQueryable<T> After<T>(this IQueryable<T> source, IReadOnlyList<SortKey<T>> order, CursorValues cursor, string argument)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor.Values.Count != order.Count)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, $"'{argument}' does not belong to this list or ordering.");
        }

        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < order.Count; i++)
        {
            Expression term = Compare(order[i], row, cursor.Values[i], argument, strict: true);
            for (var j = i - 1; j >= 0; j--)
            {
                term = Expression.AndAlso(Compare(order[j], row, cursor.Values[j], argument, strict: false), term);
            }

            any = any is null ? term : Expression.OrElse(any, term);
        }

        return source.Where(Expression.Lambda<Func<T, bool>>(any!, row));
    }

    /// <summary>
    /// Reads one page of <paramref name="source"/> (already scoped and filtered, not yet ordered) in
    /// <paramref name="order"/>, with a total count when <paramref name="withTotalCount"/>.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source,
        IReadOnlyList<SortKey<T>> order,
        PageRequest page,
        bool withTotalCount,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        int? total = withTotalCount ? await source.CountAsync(cancellationToken) : null;
        if (page.Size == 0)
        {
            return Connection<T>.Empty(total);
        }

        var (rows, hasMore) = await ReadPageAsync(source, order, page, cancellationToken);
        return Build(rows, order, page, hasMore, total);
    }

    /// <summary>Builds the connection of a page read by the caller (e.g. one parent's slice of a batch).</summary>
    public static Connection<T> Build<T>(IReadOnlyList<T> rows, IReadOnlyList<SortKey<T>> order, PageRequest page, bool hasMore, int? total)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(order);
        var edges = rows.Select(r => new Edge<T>(Cursor.Encode([.. order.Select(k => k.Read(r))]), r)).ToList();
        var info = page.Backward
            ? new PageInfo(page.Before is not null, hasMore, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new PageInfo(hasMore, page.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, info, total);
    }

    /// <summary>Applies cursors, ordering and limit (one row more than the page, to learn whether more follow).</summary>
    public static IQueryable<T> PageQuery<T>(IQueryable<T> source, IReadOnlyList<SortKey<T>> order, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var effective = page.Backward ? [.. order.Select(k => k.Reversed())] : order;
        var query = source;
        var (seekFrom, stopAt, seekName, stopName) = page.Backward
            ? (page.Before, page.After, "before", "after")
            : (page.After, page.Before, "after", "before");
        if (seekFrom is not null)
        {
            query = query.After(effective, seekFrom, seekName);
        }

        if (stopAt is not null)
        {
            query = query.After([.. effective.Select(k => k.Reversed())], stopAt, stopName);
        }

        return query.OrderBy(effective).Take(page.Size + 1);
    }

    private static async Task<(List<T> Rows, bool HasMore)> ReadPageAsync<T>(
        IQueryable<T> source, IReadOnlyList<SortKey<T>> order, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await PageQuery(source, order, page).ToListAsync(cancellationToken);
        return Trim(rows, page);
    }

    /// <summary>Drops the look-ahead row and restores the requested order of a backward page.</summary>
    public static (List<T> Rows, bool HasMore) Trim<T>(List<T> rows, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(page);
        var hasMore = rows.Count > page.Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        return (rows, hasMore);
    }

    private static BinaryExpression Compare<T>(SortKey<T> key, ParameterExpression row, System.Text.Json.JsonElement json, string argument, bool strict)
    {
        var member = new ParameterReplacer(key.Selector.Parameters[0], row).Visit(key.Selector.Body);
        var value = Cursor.ValueAs(json, key.KeyType, argument);

        // A closure member rather than a constant, so EF Core sends a parameter and reuses the query plan.
        Expression constant = Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));
        constant = Expression.Convert(constant, key.KeyType);
        if (!strict)
        {
            return Expression.Equal(member, constant);
        }

        if (key.KeyType == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, member, constant);
            return key.Descending
                ? Expression.LessThan(compare, Expression.Constant(0))
                : Expression.GreaterThan(compare, Expression.Constant(0));
        }

        return key.Descending ? Expression.LessThan(member, constant) : Expression.GreaterThan(member, constant);
    }

    private sealed class Box(object? value)
    {
        public object? Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
