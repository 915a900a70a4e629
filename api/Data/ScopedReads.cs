using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Transport;

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

    /// <summary>
    /// One page of the caller's rows of <typeparamref name="T"/>, shaped by <paramref name="filter"/> and by the field's
    /// <c>where</c> and <c>order</c> arguments (<see cref="ListArguments"/>; <paramref name="order"/> is the default and
    /// the tie-break), reading only the selected columns.
    /// </summary>
    public static async Task<Connection<T>> ReadConnectionAsync<T>(
        this IResolveFieldContext context, IReadOnlyList<SortKey<T>> order, Func<IQueryable<T>, IQueryable<T>>? filter = null)
        where T : class
    {
        var page = PageRequest.From(context);
        var arguments = ListArguments.From(context);
        var caller = context.Caller();
        await using var db = context.OpenDb();
        var (where, effectiveOrder) = arguments.Translate(new CallerQueryAccess(caller, db.Regions), order);
        var query = db.Scoped<T>(caller);
        if (filter is not null)
        {
            query = filter(query);
        }

        if (where is not null)
        {
            query = query.Where(where);
        }

        var projection = Project<T>(db, arguments.Entity, Projection.SelectedNodeFields(context), effectiveOrder.Select(k => k.Selector));
        return await query.ToConnectionAsync(effectiveOrder, page, context.WantsTotalCount(), context.CancellationToken, projection);
    }

    /// <summary>One row by id if the caller may see it, else null.</summary>
    public static async Task<T?> FindAsync<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        await using var db = context.OpenDb();
        return await db.Scoped<T>(context.Caller()).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
    }

    /// <summary>
    /// Batches a to-one relation: all ids asked for on one level are read in one query (the ids as one array
    /// parameter, see <see cref="In{T}"/>), reading only the columns the selected fields need (plus keys and foreign
    /// keys). Fields selecting different columns of the same entity get separate batches.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaders = Loaders(context);
        var loader = loaders.ForField(context, () =>
        {
            var caller = context.Caller();
            var factory = Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
            var entity = QueryableEntity.OfFieldType(context.FieldDefinition.ResolvedType);
            var selected = Projection.SelectedFields(context);
            return loaders.GetOrAdd<int, T?>(
                $"{ByIdLoaderName<T>.Value}|{Projection.Describe(selected)}",
                async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    int[] keys = [.. ids];
                    var rows = db.Scoped<T>(caller).Where(e => EF.Parameter(keys).Contains(e.Id));
                    if (Project<T>(db, entity, selected, []) is { } projection)
                    {
                        rows = rows.Select(projection);
                    }

                    return await rows.ToDictionaryAsync(e => e.Id, e => (T?)e, ct);
                },
                missing: null);
        });
        return loader.Load(id);
    }

    private static class ByIdLoaderName<T>
    {
        public static readonly string Value = $"{typeof(T).Name}.byId";
    }

    /// <summary>
    /// Resolves a connection field with the parent's children of a to-many relation, batched: the first (or last) page
    /// of every parent on one level comes from one query (a window over the parents' rows), and the total counts, when
    /// selected, from one more. The relation's expressions are given once, where the field is declared, rather than
    /// built again for every parent object the field resolves on.
    /// </summary>
    /// <param name="field">The connection field (its paging, <c>where</c> and <c>order</c> arguments apply to every parent).</param>
    /// <param name="relation">Names the relation for batching, e.g. <c>Customer.contracts</c>.</param>
    /// <param name="parentKey">The foreign key to the parent, e.g. <c>c => c.CustomerId</c>.</param>
    /// <param name="parentId">The parent's id, e.g. <c>c => c.Id</c>.</param>
    /// <param name="order">The ordering; ends with the id.</param>
    /// <param name="filter">An extra filter on the children, e.g. open invoices only.</param>
    public static FieldBuilder<TSource, object> ResolveChildren<TSource, T>(
        this FieldBuilder<TSource, object> field,
        string relation,
        Expression<Func<T, int?>> parentKey,
        Func<TSource, int> parentId,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, bool>>? filter = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentId);
        return field.Resolve(c => c.LoadConnection(relation, parentKey, parentId(c.Source), order, filter));
    }

    private static IDataLoaderResult<Connection<T>> LoadConnection<T>(
        this IResolveFieldContext context,
        string relation,
        Expression<Func<T, int?>> parentKey,
        int parentId,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, bool>>? filter = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaders = Loaders(context);
        var loader = loaders.ForField(context, () =>
        {
            var page = PageRequest.From(context);
            var withTotal = context.WantsTotalCount();
            var caller = context.Caller();
            var arguments = ListArguments.From(context);
            var selected = Projection.SelectedNodeFields(context);

            // Refuse what the caller may not filter or sort on now, as a field error of this field, before any batch runs.
            var (_, checkedOrder) = arguments.Translate(new CallerQueryAccess(caller, null), order);
            KeysetPaging.EnsureCursorsFit(checkedOrder, page);
            var factory = Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();
            var name = string.Join(
                '|', relation, page.Size, page.Backward, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), withTotal,
                arguments.Describe(), Projection.Describe(selected));
            return loaders.GetOrAdd<int, Connection<T>>(
                name,
                async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    var (where, effectiveOrder) = arguments.Translate(new CallerQueryAccess(caller, db.Regions), order);
                    var source = db.Scoped<T>(caller).Where(In(parentKey, ids));
                    if (filter is not null)
                    {
                        source = source.Where(filter);
                    }

                    if (where is not null)
                    {
                        source = source.Where(where);
                    }

                    var totals = withTotal ? await CountByParentAsync(source, parentKey, ct) : null;
                    var projection = Project<T>(db, arguments.Entity, selected, effectiveOrder.Select(k => k.Selector));
                    var slices = page.Size == 0 ? [] : await TopPerParentAsync(source, parentKey, effectiveOrder, page, projection, ct);
                    var byParent = slices.ToDictionary(s => s.Key ?? 0, s => s.Rows);
                    return ids.ToDictionary(
                        id => id,
                        id =>
                        {
                            var (slice, hasMore) = KeysetPaging.Trim(byParent.GetValueOrDefault(id) ?? [], page);
                            return KeysetPaging.Build(slice, effectiveOrder, page, hasMore, withTotal ? totals!.GetValueOrDefault(id) : null);
                        });
                },
                missing: Connection<T>.Empty(withTotal ? 0 : null));
        });
        return loader.Load(parentId);
    }

    /// <summary>
    /// The projection to the selected fields' columns plus keys, foreign keys (relations and authorization rules read
    /// them) and the properties <paramref name="alsoRead"/> uses (sort keys); null (whole rows) when the field's type
    /// has no model or a selected field reads unknown columns.
    /// </summary>
    private static Expression<Func<T, T>>? Project<T>(SalesGraphDbContext db, QueryableEntity? entity, IReadOnlySet<string> selected, IEnumerable<LambdaExpression> alsoRead)
    {
        var entityType = db.Model.FindEntityType(typeof(T));
        if (entity is null || entity.EntityType != typeof(T) || entityType is null)
        {
            return null;
        }

        var always = entityType.GetKeys().SelectMany(k => k.Properties)
            .Concat(entityType.GetForeignKeys().SelectMany(f => f.Properties))
            .Select(p => p.PropertyInfo)
            .OfType<System.Reflection.PropertyInfo>();
        return Projection.Build<T>(entity, selected, always, alsoRead, p => entityType.FindProperty(p) is not null);
    }

    private static async Task<List<Slice<T>>> TopPerParentAsync<T>(
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

    private sealed class Slice<T>
    {
        public int? Key { get; init; }

        public List<T> Rows { get; init; } = [];
    }

    private static async Task<Dictionary<int, int>> CountByParentAsync<T>(IQueryable<T> source, Expression<Func<T, int?>> parentKey, CancellationToken ct) =>
        await source.GroupBy(parentKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key ?? 0, x => x.Count, ct);

    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, int?>> key, IReadOnlyCollection<int> ids)
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

    private static LoaderRegistry Loaders(IResolveFieldContext context) =>
        context.UserContext is GraphQLUserContext user ? user.Loaders : Services(context).GetRequiredService<LoaderRegistry>();

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL execution needs RequestServices.");
}
