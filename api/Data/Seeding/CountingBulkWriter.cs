namespace SalesGraph.Data.Seeding;

/// <summary>Counts rows and drops them: measures the generator on its own.</summary>
internal sealed class CountingBulkWriter : IBulkWriter
{
    private readonly Dictionary<string, long> counts = [];

    public IReadOnlyDictionary<string, long> RowCounts => counts;

    public void Add<TEntity>(TEntity entity)
        where TEntity : class =>
        counts[typeof(TEntity).Name] = counts.GetValueOrDefault(typeof(TEntity).Name) + 1;

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
