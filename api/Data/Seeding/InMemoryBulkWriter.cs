namespace SalesGraph.Data.Seeding;

/// <summary>Keeps generated rows in lists, by entity type: for tests and for callers that want to inspect a data set.</summary>
public sealed class InMemoryBulkWriter : IBulkWriter
{
    private readonly Dictionary<Type, System.Collections.IList> rows = [];
    private readonly Dictionary<string, long> counts = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> RowCounts => counts;

    /// <summary>True once <see cref="Complete"/> has been called.</summary>
    public bool IsCompleted { get; private set; }

    /// <inheritdoc />
    public void Add<TEntity>(TEntity entity)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!rows.TryGetValue(typeof(TEntity), out var list))
        {
            list = new List<TEntity>();
            rows.Add(typeof(TEntity), list);
        }

        list.Add(entity);
        counts[typeof(TEntity).Name] = list.Count;
    }

    /// <summary>The rows of one entity type, in the order they were added.</summary>
    public IReadOnlyList<TEntity> Rows<TEntity>()
        where TEntity : class =>
        rows.TryGetValue(typeof(TEntity), out var list) ? (List<TEntity>)list : [];

    /// <inheritdoc />
    public void Complete() => IsCompleted = true;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
