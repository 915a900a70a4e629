namespace SalesGraph.Data.Entities;

/// <summary>
/// A create mutation's idempotency key and what it created: a retry with the same key returns that object instead of
/// creating another. Unique per caller and key in the database, so it holds across instances and racing requests.
/// </summary>
public sealed class IdempotencyKey
{
    public long Id { get; set; }

    /// <summary>Whose key it is: the caller's username or client id (keys of different callers never collide).</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>The mutation that used the key, e.g. <c>createContract</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>The entity created, by CLR name (e.g. <c>Contract</c>) and id.</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }
    public DateTime CreatedAt { get; set; }
}
