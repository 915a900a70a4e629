using GraphQL.DataLoader;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of a GraphQL document executes, and fetches them in a
/// single call when the engine first awaits any of the pending results (GraphQL.NET awaits
/// <see cref="IDataLoaderResult"/> values only after every other field of the level has run). Keys requested after a
/// batch was dispatched start the next batch. Values are cached for the loader's lifetime (one request).
/// </summary>
/// <remarks>
/// Thread-safe: the parallel execution strategy may call <see cref="Load"/> from several threads. Every result of a
/// batch awaits the batch's one fetch and then looks its key up, so a batch of 600 keys costs one task rather than
/// 600 task sources, and when the fetch completes the waiting fields continue one after the other on the thread that
/// completed it instead of 600 thread-pool work items contending for the request's state.
/// </remarks>
/// <typeparam name="TKey">The key type, e.g. a database id.</typeparam>
/// <typeparam name="TValue">The loaded value; keys the fetch does not return resolve to <paramref name="missing"/>.</typeparam>
/// <param name="fetch">Loads the values of a batch of distinct keys.</param>
/// <param name="missing">The value for a key the fetch did not return (null for a single entity, an empty list for a collection).</param>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly TValue _missing = missing;
    private readonly Dictionary<TKey, Batch> _batchOf = []; // the batch that loads, or loaded, each key
    private Batch? _pending;

    /// <summary>How many batches this loader has fetched; for tests and diagnostics.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Queues <paramref name="key"/> for the next batch and returns a result the engine resolves later.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _pending ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }

            return new Result(batch, key);
        }
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_pending, batch))
            {
                _pending = null;
            }

            BatchCount++;
        }

        try
        {
            return await fetch(batch.Keys, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lock (_gate)
            {
                // A failed batch is not cached: a later request of the same key retries.
                foreach (var key in batch.Keys)
                {
                    if (_batchOf.TryGetValue(key, out var owner) && ReferenceEquals(owner, batch))
                    {
                        _batchOf.Remove(key);
                    }
                }
            }

            throw;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _values;

        /// <summary>The distinct keys of the batch; only added to before it is dispatched.</summary>
        public List<TKey> Keys { get; } = [];

        public TValue Missing => owner._missing;

        /// <summary>The batch's values, fetching them on the first call.</summary>
        public Task<IReadOnlyDictionary<TKey, TValue>> Values(CancellationToken cancellationToken)
        {
            lock (owner._gate)
            {
                return _values ??= owner.DispatchAsync(this, cancellationToken);
            }
        }
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.Values(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : batch.Missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
