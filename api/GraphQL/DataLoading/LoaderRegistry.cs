using System.Collections.Concurrent;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// The batch loaders of one request, by name: resolvers on sibling objects ask for the same loader and so share its
/// batch. Registered as a scoped service, so nothing is shared between requests (or callers).
/// </summary>
public sealed class LoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>Returns the loader named <paramref name="name"/>, creating it with <paramref name="fetch"/> on first use.</summary>
    /// <param name="name">Unique per kind of lookup and its arguments, e.g. <c>Staff.byId</c> or <c>Customer.contracts(first:10)</c>.</param>
    /// <param name="fetch">Loads one batch of distinct keys.</param>
    /// <param name="missing">The value for keys the fetch does not return.</param>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
