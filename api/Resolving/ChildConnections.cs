using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using SalesGraph.Auth;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.Resolving;

/// <summary>
/// Connection fields over a to-many relation (<c>Customer.contracts</c>), batched per level of the document through
/// the request's <see cref="LoaderRegistry"/>; the SQL of a batch is <see cref="PerParentPaging"/>'s.
/// </summary>
public static class ChildConnections
{
    /// <summary>
    /// Resolves a connection field with the parent's children of a to-many relation, batched: the first (or last) page
    /// of every parent on one level comes from one query (a window over the parents' rows), and the total counts, when
    /// selected, from one more. The relation's expressions are given once, where the field is declared, rather than
    /// built again for every parent object the field resolves on. The batches are keyed by the field's coordinate
    /// (<see cref="LoaderKey.OfField"/>), so no other field shares them.
    /// </summary>
    /// <param name="field">The connection field (its paging, <c>where</c> and <c>order</c> arguments apply to every parent).</param>
    /// <param name="parentKey">The foreign key to the parent, e.g. <c>c => c.CustomerId</c>.</param>
    /// <param name="parentId">The parent's id, e.g. <c>c => c.Id</c>.</param>
    /// <param name="order">The ordering; ends with the id.</param>
    /// <param name="filter">An extra filter on the children, e.g. open invoices only.</param>
    public static FieldBuilder<TSource, object> ResolveChildren<TSource, T>(
        this FieldBuilder<TSource, object> field,
        Expression<Func<T, int?>> parentKey,
        Func<TSource, int> parentId,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, bool>>? filter = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentId);
        return field.Resolve(c => c.LoadConnection(parentKey, parentId(c.Source), order, filter));
    }

    private static IDataLoaderResult<Connection<T>> LoadConnection<T>(
        this IResolveFieldContext context,
        Expression<Func<T, int?>> parentKey,
        int parentId,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, bool>>? filter = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaders = ScopedReads.Loaders(context);
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
            var factory = ScopedReads.DbFactory(context);
            var shape = new ChildPage(
                page.Size, page.Backward, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), withTotal,
                arguments.Describe(), Projection.Describe(selected));
            return loaders.GetOrAdd<int, Connection<T>>(
                LoaderKey.OfField(context, typeof(T), shape),
                async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    var (where, effectiveOrder) = arguments.Translate(new CallerQueryAccess(caller, db.Regions), order);
                    var source = db.Scoped<T>(caller).Where(PerParentPaging.In(parentKey, ids));
                    if (filter is not null)
                    {
                        source = source.Where(filter);
                    }

                    if (where is not null)
                    {
                        source = source.Where(where);
                    }

                    var totals = withTotal ? await PerParentPaging.CountByParentAsync(source, parentKey, ct) : null;
                    var projection = ScopedReads.Project<T>(db, arguments.Entity, selected, effectiveOrder.Select(k => k.Selector));
                    var slices = page.Size == 0 ? [] : await PerParentPaging.TopPerParentAsync(source, parentKey, effectiveOrder, page, projection, ct);
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
    /// The arguments that shape a child connection's batches, beside its field coordinate: the page, the cursors, whether
    /// the total is selected, <c>where</c>/<c>order</c>, and the columns the selected fields read.
    /// </summary>
    private sealed record ChildPage(int Size, bool Backward, string? After, string? Before, bool WithTotal, string Arguments, string Columns);
}
