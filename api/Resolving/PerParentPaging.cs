using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.Resolving;

/// <summary>
/// The SQL of a child connection's batch: every parent's page from one windowed query, the totals from one
/// <c>GROUP BY</c>, the parents' ids as one array parameter.
/// </summary>
internal static class PerParentPaging
{
    /// <summary>Each parent's page of <paramref name="source"/> (the rows of every parent of a batch), in one query.</summary>
    public static async Task<List<Slice<T>>> TopPerParentAsync<T>(
        IQueryable<T> source,
        Expression<Func<T, int?>> parentKey,
        IReadOnlyList<SortKey<T>> order,
        PageRequest page,
        Expression<Func<T, T>>? projection,
        CancellationToken ct)
    {
        var effective = page.Backward ? [.. order.Select(k => k.Reversed())] : order;
        var seekFrom = page.Backward ? page.Before : page.After;
        var stopAt = page.Backward ? page.After : page.Before;
        if (seekFrom is not null)
        {
            source = source.After(effective, seekFrom, page.Backward ? "before" : "after");
        }

        if (stopAt is not null)
        {
            source = source.After([.. effective.Select(k => k.Reversed())], stopAt, page.Backward ? "after" : "before");
        }

        // source.Select(key).Distinct().SelectMany(pid => source.Where(r => key(r) == pid).OrderBy(…).Take(size + 1)
        //     .Select(projection), (pid, r) => new Slot { Key = pid, Row = r }).OrderBy(s => s.Key).ThenBy(…): EF Core
        //     turns the correlated Take into ROW_NUMBER() OVER (PARTITION BY key), joined to the parents. Rows are
        //     grouped by the slot's key, not by reading the key off a row, so the key may run through a relation
        //     (i => i.Contract.CustomerId) that is not loaded. The result is flat on purpose: a correlated collection
        //     (Select(pid => new Slice { Rows = ….ToList() })) reads the same rows, but EF Core's collection shaper
        //     creates its identifier delegates again for every row (DynamicMethod.CreateDelegate, ~8 % of a customer
        //     page's CPU). The outer ORDER BY repeats the page's order, since a join keeps no order of its own.
        var pid = Expression.Parameter(typeof(int?), "pid");
        var row = parentKey.Parameters[0];
        var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, pid), row);
        var rowsOfParent = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source.Expression, Expression.Quote(match));
        var top = KeysetOrdering.OrderAndTake(rowsOfParent, effective, page.Size + 1);
        if (projection is not null)
        {
            top = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], top, Expression.Quote(projection));
        }

        var taken = Expression.Parameter(typeof(T), "r");
        var slot = Expression.Lambda<Func<int?, T, Slot<T>>>(
            Expression.MemberInit(
                Expression.New(typeof(Slot<T>)),
                Expression.Bind(typeof(Slot<T>).GetProperty(nameof(Slot<T>.Key))!, pid),
                Expression.Bind(typeof(Slot<T>).GetProperty(nameof(Slot<T>.Row))!, taken)),
            pid,
            taken);
        var parents = source.Select(parentKey).Distinct();
        var slots = parents.SelectMany(Expression.Lambda<Func<int?, IEnumerable<T>>>(top, pid), slot).OrderBy(s => s.Key);
        var s = Expression.Parameter(typeof(Slot<T>), "s");
        var rowOfSlot = Expression.Property(s, nameof(Slot<T>.Row));
        foreach (var key in effective)
        {
            var selector = Expression.Lambda(ParameterReplacer.Replace(key.Selector, rowOfSlot), s);
            slots = (IOrderedQueryable<Slot<T>>)slots.Provider.CreateQuery<Slot<T>>(Expression.Call(
                typeof(Queryable), key.Descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy), [typeof(Slot<T>), key.KeyType],
                slots.Expression, Expression.Quote(selector)));
        }

        var result = new List<Slice<T>>();
        await foreach (var item in slots.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (result.Count == 0 || result[^1].Key != item.Key)
            {
                result.Add(new Slice<T> { Key = item.Key });
            }

            result[^1].Rows.Add(item.Row);
        }

        return result;
    }

    private sealed class Slot<T>
    {
        public int? Key { get; init; }

        public T Row { get; init; } = default!;
    }

    /// <summary>One parent's rows of a page (one more than the page size, when there are more).</summary>
    public sealed class Slice<T>
    {
        public int? Key { get; init; }

        public List<T> Rows { get; init; } = [];
    }

    /// <summary>How many rows of <paramref name="source"/> each parent has, in one query.</summary>
    public static async Task<Dictionary<int, int>> CountByParentAsync<T>(IQueryable<T> source, Expression<Func<T, int?>> parentKey, CancellationToken ct) =>
        await source.GroupBy(parentKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key ?? 0, x => x.Count, ct);

    /// <summary>The rows whose <paramref name="key"/> is one of <paramref name="ids"/>, the ids sent as one parameter.</summary>
    public static Expression<Func<T, bool>> In<T>(Expression<Func<T, int?>> key, IReadOnlyCollection<int> ids)
    {
        // A member of a holder object rather than a constant, so EF Core sends the ids as one parameter; EF.Parameter keeps
        // them one array parameter (json_each on SQLite, = ANY on PostgreSQL) rather than one parameter per id, so the SQL
        // text is the same for any number of parents and EF Core caches it instead of generating it on every batch.
        var holder = Expression.Property(Expression.Constant(new IdList([.. ids.Select(i => (int?)i)])), nameof(IdList.Ids));
        var asParameter = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(int?[])], holder);
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], asParameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record IdList(int?[] Ids);
}
