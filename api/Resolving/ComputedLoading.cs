using GraphQL;
using GraphQL.DataLoader;
using SalesGraph.Data;
using SalesGraph.GraphQL.DataLoading;

namespace SalesGraph.Resolving;

/// <summary>
/// Values computed per parent (sums, counts) batched per level of the document: every object asking the field on one
/// level is answered by one query over all their keys, through the request's <see cref="LoaderRegistry"/>, keyed by the
/// field (<see cref="LoaderKey.OfField"/>) so no other field can be served its values.
/// </summary>
public static class ComputedLoading
{
    /// <summary>Loads the value of the field being resolved for <paramref name="key"/>, batched with its siblings.</summary>
    /// <param name="context">The field being resolved.</param>
    /// <param name="key">The parent's key, e.g. its id.</param>
    /// <param name="fetch">Computes the values of a batch of keys, reading what the caller's row scope allows.</param>
    /// <param name="missing">The value of a key the fetch does not return (e.g. 0 for a sum over no rows).</param>
    public static IDataLoaderResult<TValue> LoadComputed<TValue>(
        this IResolveFieldContext context, int key, Func<SalesGraphDbContext, int[], CancellationToken, Task<Dictionary<int, TValue>>> fetch, TValue missing)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fetch);
        var loaders = ScopedReads.Loaders(context);
        var loader = loaders.ForField(context, () =>
        {
            var factory = ScopedReads.DbFactory(context);
            return loaders.GetOrAdd<int, TValue>(
                LoaderKey.OfField(context, typeof(TValue), "computed"),
                async (keys, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    return await fetch(db, [.. keys], ct);
                },
                missing);
        });
        return loader.Load(key);
    }
}

/// <summary><c>Then</c> for batched results (GraphQL.NET's own lives in the GraphQL.DataLoader package, which we do not use).</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>The result of <paramref name="result"/> mapped by <paramref name="map"/> once the batch has been read.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(map);
        return new Mapped<T, TResult>(result, map);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
