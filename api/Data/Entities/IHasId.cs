namespace SalesGraph.Data.Entities;

/// <summary>An entity with an integer primary key, so generic reads (by id, batches, cursors) can address it.</summary>
public interface IHasId
{
    int Id { get; }
}
