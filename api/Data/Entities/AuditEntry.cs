namespace SalesGraph.Data.Entities;

/// <summary>Who changed what, when, through which client, with old and new values.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? ActorAccountId { get; set; }
    public required string ActorName { get; set; }
    public required string Client { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }

    /// <summary>JSON object of <c>{ field: { old, new } }</c>.</summary>
    public required string Changes { get; set; }
}
