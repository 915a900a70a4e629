using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Keyset (seek) paging over any <see cref="IQueryable{T}"/>: the ordering, the cursor predicate and the page limit all
/// translate to SQL, so a page costs the same at row 10 and at row 1,000,000 and a cursor never skips or repeats a row
/// when rows are inserted before it. The ordering must end with a unique key (the id) as its tie-break; build the other
/// keys with <see cref="KeysFor{T}"/> so enums and nulls sort the same way in the <c>ORDER BY</c> and in the seek
/// predicate on every provider.
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
            throw Cursor.NotThisOrdering(argument);
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
    /// <param name="source">The rows.</param>
    /// <param name="order">The ordering, ending with a unique key.</param>
    /// <param name="page">The page asked for.</param>
    /// <param name="withTotalCount">Whether to count all rows too.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="projection">The columns to read (<see cref="Projection"/>); it must keep the sort keys. Null reads whole rows.</param>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source,
        IReadOnlyList<SortKey<T>> order,
        PageRequest page,
        bool withTotalCount,
        CancellationToken cancellationToken,
        Expression<Func<T, T>>? projection = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        EnsureCursorsFit(order, page);
        int? total = withTotalCount ? await source.CountAsync(cancellationToken) : null;
        if (page.Size == 0)
        {
            return Connection<T>.Empty(total);
        }

        var query = PageQuery(source, order, page);
        if (projection is not null)
        {
            query = query.Select(projection);
        }

        var (rows, hasMore) = Trim(await query.ToListAsync(cancellationToken), page);
        return Build(rows, order, page, hasMore, total);
    }

    /// <summary>Builds the connection of a page read by the caller (e.g. one parent's slice of a batch).</summary>
    public static Connection<T> Build<T>(IReadOnlyList<T> rows, IReadOnlyList<SortKey<T>> order, PageRequest page, bool hasMore, int? total)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(order);
        var cursorOf = CursorEncoder(order);
        var edges = new List<Edge<T>>(rows.Count);
        foreach (var row in rows)
        {
            edges.Add(new Edge<T>(row, cursorOf));
        }

        var info = page.Backward
            ? new PageInfo(page.Before is not null, hasMore, edges.FirstOrDefault(), edges.LastOrDefault())
            : new PageInfo(hasMore, page.After is not null, edges.FirstOrDefault(), edges.LastOrDefault());
        return new Connection<T>(edges, info, total);
    }

    /// <summary>Applies cursors, ordering and limit (one row more than the page, to learn whether more follow).</summary>
    public static IQueryable<T> PageQuery<T>(IQueryable<T> source, IReadOnlyList<SortKey<T>> order, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        EnsureCursorsFit(order, page);
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

    /// <summary>
    /// The sort keys that order by <paramref name="selector"/> the same way in SQL on every provider and in the seek
    /// predicate: a nullable value is preceded by a key "is null" (so nulls come last ascending and first descending,
    /// whatever the database's own NULLS FIRST/LAST), and an enum — stored by name — sorts by its declared order through
    /// a <c>CASE</c> rank rather than by the stored text.
    /// </summary>
    /// <param name="selector">The value, e.g. <c>c => c.SignedOn</c>.</param>
    /// <param name="descending">The direction.</param>
    /// <param name="nullable">Whether the value can be null (reference types cannot tell by their CLR type).</param>
    public static IReadOnlyList<SortKey<T>> KeysFor<T>(LambdaExpression selector, bool descending, bool nullable)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var row = selector.Parameters[0];
        var body = selector.Body;
        var keys = new List<SortKey<T>>();
        nullable |= Nullable.GetUnderlyingType(body.Type) is not null;
        if (nullable)
        {
            var isNull = Expression.Condition(Expression.Equal(body, Expression.Constant(null, body.Type)), Expression.Constant(1), Expression.Constant(0));
            keys.Add(new SortKey<T>(Expression.Lambda(isNull, row), descending));
        }

        var type = Nullable.GetUnderlyingType(body.Type) ?? body.Type;
        if (type.IsEnum)
        {
            // Rank by declaration order; a null row gets the rank after the last, behind the "is null" key.
            var values = Enum.GetValues(type).Cast<object>().OrderBy(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Expression rank = Expression.Constant(values.Length);
            for (var i = values.Length - 1; i >= 0; i--)
            {
                rank = Expression.Condition(Expression.Equal(body, Expression.Constant(values[i], body.Type)), Expression.Constant(i), rank);
            }

            keys.Add(new SortKey<T>(Expression.Lambda(rank, row), descending));
        }
        else if (type == typeof(bool))
        {
            // Booleans have no < in expression trees; false sorts before true.
            var bit = Expression.Condition(Expression.Equal(body, Expression.Constant(true, body.Type)), Expression.Constant(1), Expression.Constant(0));
            keys.Add(new SortKey<T>(Expression.Lambda(bit, row), descending));
        }
        else
        {
            keys.Add(new SortKey<T>(selector, descending));
        }

        return keys;
    }

    /// <summary>
    /// A short signature of an ordering (its keys and directions), carried by cursors so a cursor of one ordering is
    /// refused by another instead of seeking to a meaningless place.
    /// </summary>
    public static string Signature<T>(IReadOnlyList<SortKey<T>> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Signatures.GetValue(order, o => ComputeSignature((IReadOnlyList<SortKey<T>>)o));
    }

    // Orderings are built once per field (or are static defaults) and read for every page of every parent.
    private static readonly ConditionalWeakTable<object, string> Signatures = [];

    private static readonly ConditionalWeakTable<object, object> Encoders = [];

    private static Func<T, string> CursorEncoder<T>(IReadOnlyList<SortKey<T>> order) =>
        (Func<T, string>)Encoders.GetValue(order, o =>
        {
            var signature = Signature(order);
            return new Func<T, string>(row =>
            {
                var values = new object?[order.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = order[i].Read(row);
                }

                return Cursor.Encode(signature, values);
            });
        });

    private static string ComputeSignature<T>(IReadOnlyList<SortKey<T>> order)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var text = string.Join('|', order.Select(k => $"{ParameterReplacer.Replace(k.Selector, x)}:{(k.Descending ? 'd' : 'a')}"));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 9);
    }

    /// <summary>Refuses cursors made for another ordering than <paramref name="order"/> (as requested, before any reversal).</summary>
    public static void EnsureCursorsFit<T>(IReadOnlyList<SortKey<T>> order, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.After is null && page.Before is null)
        {
            return;
        }

        var signature = Signature(order);
        if (page.After is { } after && after.Ordering != signature)
        {
            throw Cursor.NotThisOrdering("after");
        }

        if (page.Before is { } before && before.Ordering != signature)
        {
            throw Cursor.NotThisOrdering("before");
        }
    }

    private static BinaryExpression Compare<T>(SortKey<T> key, ParameterExpression row, System.Text.Json.JsonElement json, string argument, bool strict)
    {
        var member = ParameterReplacer.Replace(key.Selector, row);
        var value = Cursor.ValueAs(json, key.KeyType, argument);
        var constant = QueryParameter.Of(value, key.KeyType);
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
}
