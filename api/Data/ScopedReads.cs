using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.Data;

/// <summary>
/// How resolvers read: every read opens its own short-lived <see cref="SalesGraphDbContext"/> (resolvers run in
/// parallel), starts from the caller's row scope (<see cref="RowScopes"/>), and batches relations through the
/// request's <see cref="LoaderRegistry"/>.
/// </summary>
public static class ScopedReads
{
    /// <summary>Opens a context for one unit of work; dispose it when done.</summary>
    public static SalesGraphDbContext OpenDb(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();
    }

    /// <summary>One page of the caller's rows of <typeparamref name="T"/>, shaped by <paramref name="filter"/>.</summary>
    public static async Task<Connection<T>> ReadConnectionAsync<T>(
        this IResolveFieldContext context, IReadOnlyList<SortKey<T>> order, Func<IQueryable<T>, IQueryable<T>>? filter = null)
        where T : class
    {
        var page = PageRequest.From(context);
        await using var db = context.OpenDb();
        var query = db.Scoped<T>(context.Caller());
        if (filter is not null)
        {
            query = filter(query);
        }

        return await query.ToConnectionAsync(order, page, context.WantsTotalCount(), context.CancellationToken);
    }

    /// <summary>One row by id if the caller may see it, else null.</summary>
    public static async Task<T?> FindAsync<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        await using var db = context.OpenDb();
        return await db.Scoped<T>(context.Caller()).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
    }

    /// <summary>Batches a to-one relation: all ids asked for on one level are read in one query.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        var caller = context.Caller();
        var factory = Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
        var loader = Loaders(context).GetOrAdd<int, T?>(
            $"{typeof(T).Name}.byId",
            async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return await db.Scoped<T>(caller).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (T?)e, ct);
            },
            missing: null);
        return loader.Load(id);
    }

    /// <summary>
    /// Batches a to-many relation as a connection: the first (or last) page of every parent on one level comes from one
    /// query (a window over the parents' rows), and the total counts, when selected, from one more.
    /// </summary>
    /// <param name="context">The connection field's context (its paging arguments apply to every parent).</param>
    /// <param name="parentKey">The foreign key to the parent, e.g. <c>c => c.CustomerId</c>.</param>
    /// <param name="parentId">This parent's id.</param>
    /// <param name="order">The ordering; ends with the id.</param>
    /// <param name="filter">An extra filter on the children, e.g. open invoices only.</param>
    /// <param name="relation">Names the relation for batching, e.g. <c>Customer.contracts</c>.</param>
    public static IDataLoaderResult<Connection<T>> LoadConnection<T>(
        this IResolveFieldContext context,
        string relation,
        Expression<Func<T, int?>> parentKey,
        int parentId,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, bool>>? filter = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = PageRequest.From(context);
        var withTotal = context.WantsTotalCount();
        var caller = context.Caller();
        var factory = Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
        var name = string.Join(
            '|', relation, page.Size, page.Backward, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), withTotal);
        var loader = Loaders(context).GetOrAdd<int, Connection<T>>(
            name,
            async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var source = db.Scoped<T>(caller).Where(In(parentKey, ids));
                if (filter is not null)
                {
                    source = source.Where(filter);
                }

                var totals = withTotal ? await CountByParentAsync(source, parentKey, ct) : null;
                var rows = page.Size == 0 ? [] : await TopPerParentAsync(source, parentKey, order, page, ct);
                var read = parentKey.Compile();
                var byParent = rows.ToLookup(r => read(r) ?? 0);
                return ids.ToDictionary(
                    id => id,
                    id =>
                    {
                        var (slice, hasMore) = KeysetPaging.Trim([.. byParent[id]], page);
                        return KeysetPaging.Build(slice, order, page, hasMore, withTotal ? totals!.GetValueOrDefault(id) : null);
                    });
            },
            missing: Connection<T>.Empty(withTotal ? 0 : null));
        return loader.Load(parentId);
    }

    private static async Task<List<T>> TopPerParentAsync<T>(
        IQueryable<T> source, Expression<Func<T, int?>> parentKey, IReadOnlyList<SortKey<T>> order, PageRequest page, CancellationToken ct)
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

        // source.Select(key).Distinct().Select(pid => new Slice { Key = pid, Rows = source.Where(r => key(r) == pid)
        //     .OrderBy(…).Take(size + 1).ToList() }): EF Core turns the correlated Take into ROW_NUMBER() OVER (PARTITION BY key).
        var pid = Expression.Parameter(typeof(int?), "pid");
        var row = parentKey.Parameters[0];
        var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, pid), row);
        var rowsOfParent = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source.Expression, Expression.Quote(match));
        var top = KeysetOrdering.OrderAndTake(rowsOfParent, effective, page.Size + 1);
        var toList = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(T)], top);
        var slice = Expression.MemberInit(
            Expression.New(typeof(Slice<T>)),
            Expression.Bind(typeof(Slice<T>).GetProperty(nameof(Slice<T>.Key))!, pid),
            Expression.Bind(typeof(Slice<T>).GetProperty(nameof(Slice<T>.Rows))!, toList));
        var parents = source.Select(parentKey).Distinct();
        var slices = await parents.Select(Expression.Lambda<Func<int?, Slice<T>>>(slice, pid)).ToListAsync(ct);
        return [.. slices.SelectMany(s => s.Rows)];
    }

    private sealed class Slice<T>
    {
        public int? Key { get; init; }

        public List<T> Rows { get; init; } = [];
    }

    private static async Task<Dictionary<int, int>> CountByParentAsync<T>(IQueryable<T> source, Expression<Func<T, int?>> parentKey, CancellationToken ct) =>
        await source.GroupBy(parentKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key ?? 0, x => x.Count, ct);

    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, int?>> key, IReadOnlyCollection<int> ids)
    {
        // A member of a holder object rather than a constant, so EF Core sends the ids as one parameter.
        var holder = Expression.Property(Expression.Constant(new IdList([.. ids.Select(i => (int?)i)])), nameof(IdList.Ids));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], holder, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record IdList(int?[] Ids);

    private static LoaderRegistry Loaders(IResolveFieldContext context) => Services(context).GetRequiredService<LoaderRegistry>();

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL execution needs RequestServices.");
}
