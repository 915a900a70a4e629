namespace SalesGraph.Data.Seeding;

/// <summary>
/// Appends generated rows straight to a store, bypassing EF change tracking. Rows arrive with their keys already set
/// (the generator assigns ids so it can link rows without round trips) and in any table order: an implementation must
/// not rely on parents arriving before children (SQLite switches foreign keys off for the load; a PostgreSQL COPY
/// writer would load into tables whose constraints are checked at <see cref="Complete"/> and then move each identity
/// sequence past the highest id).
/// </summary>
public interface IBulkWriter : IDisposable
{
    /// <summary>Queues one entity for insertion; the caller does not change it afterwards.</summary>
    void Add<TEntity>(TEntity entity)
        where TEntity : class;

    /// <summary>Rows added so far, by table name.</summary>
    IReadOnlyDictionary<string, long> RowCounts { get; }

    /// <summary>Flushes and commits everything added. Without this call, disposal rolls the load back.</summary>
    void Complete();
}
