using GraphQL.DataLoader;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of a GraphQL document executes, and fetches them in a
/// single call when the engine first awaits any of the pending results (GraphQL.NET awaits
/// <see cref="IDataLoaderResult"/> values only after every other field of the level has run). Keys requested after a
/// batch was dispatched start the next batch. Values are cached for the loader's lifetime (one request).
/// </summary>
/// <remarks>Thread-safe: the parallel execution strategy may call <see cref="Load"/> from several threads.</remarks>
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
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private Batch? _pending;

    /// <summary>How many batches this loader has fetched; for tests and diagnostics.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Queues <paramref name="key"/> for the next batch and returns a result the engine resolves later.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var known))
            {
                return new Result(known, null);
            }

            _pending ??= new Batch(this);
            var task = _pending.Add(key);
            _cache[key] = task;
            return new Result(task, _pending);
        }
    }

    private async Task DispatchAsync(Batch batch, CancellationToken cancellationToken)
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
            var values = await fetch(batch.Keys, cancellationToken);
            batch.Complete(values, missing);
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                // A failed batch is not cached: a later request of the same key retries.
                foreach (var key in batch.Keys)
                {
                    _cache.Remove(key);
                }
            }

            batch.Fail(ex);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _waiting = [];
        private Task? _dispatch;

        public IReadOnlyCollection<TKey> Keys => _waiting.Keys;

        public Task<TValue> Add(TKey key)
        {
            var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[key] = source;
            return source.Task;
        }

        public Task EnsureDispatched(CancellationToken cancellationToken)
        {
            lock (owner._gate)
            {
                return _dispatch ??= owner.DispatchAsync(this, cancellationToken);
            }
        }

        public void Complete(IReadOnlyDictionary<TKey, TValue> values, TValue missingValue)
        {
            foreach (var (key, source) in _waiting)
            {
                source.TrySetResult(values.TryGetValue(key, out var value) ? value : missingValue);
            }
        }

        public void Fail(Exception ex)
        {
            foreach (var source in _waiting.Values)
            {
                source.TrySetException(ex);
            }
        }
    }

    private sealed class Result(Task<TValue> task, Batch? batch) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (batch is not null)
            {
                await batch.EnsureDispatched(cancellationToken);
            }

            return await task;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
