using SalesGraph.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// The one place audit entries are written: from the change tracker, so no mutation can forget a field. Every added,
/// modified or deleted entity becomes one <see cref="AuditEntry"/> with <c>{ field: { old, new } }</c>, in the same
/// transaction as the change.
/// </summary>
public static class AuditLog
{
    /// <summary>What is about to be saved; ids of added rows are read after the save.</summary>
    public sealed class Pending
    {
        internal List<(EntityEntry Entry, EntityState State, JsonObject Changes)> Items { get; } = [];
    }

    /// <summary>Snapshots the tracked changes; call right before <c>SaveChanges</c>.</summary>
    public static Pending Capture(SalesGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = new Pending();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry or IdempotencyKey || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changes = new JsonObject();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (entry.State == EntityState.Added && (property.Metadata.IsPrimaryKey() || property.CurrentValue is null))
                {
                    continue;
                }

                if (entry.State == EntityState.Modified && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)))
                {
                    continue;
                }

                changes[name] = new JsonObject
                {
                    ["old"] = entry.State == EntityState.Added ? null : ToJson(property.OriginalValue),
                    ["new"] = entry.State == EntityState.Deleted ? null : ToJson(property.CurrentValue),
                };
            }

            if (changes.Count > 0 || entry.State != EntityState.Modified)
            {
                pending.Items.Add((entry, entry.State, changes));
            }
        }

        return pending;
    }

    /// <summary>Adds the audit entries of <paramref name="pending"/>; call after the save that gave added rows their ids.</summary>
    public static void Write(SalesGraphDbContext db, Pending pending, Caller caller, string action, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(caller);
        foreach (var (entry, state, changes) in pending.Items)
        {
            if (state == EntityState.Added)
            {
                // A foreign key to a row added in the same write held a temporary value at capture; the save gave it the real one.
                foreach (var (name, change) in changes.ToList())
                {
                    if (entry.Property(name).Metadata.IsForeignKey() && change is JsonObject values)
                    {
                        values["new"] = ToJson(entry.Property(name).CurrentValue);
                    }
                }
            }

            var key = entry.Metadata.FindPrimaryKey()!.Properties[0];
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                ActorAccountId = caller.AccountId,
                ActorName = caller.Username ?? "(anonymous)",
                Client = Caller.ClientClaimValue(caller.Client),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = Convert.ToString(entry.Property(key.Name).CurrentValue, CultureInfo.InvariantCulture) ?? "",
                Action = state switch { EntityState.Added => $"{action}:create", EntityState.Deleted => $"{action}:delete", _ => $"{action}:update" },
                Changes = changes.ToJsonString(),
            });
        }
    }

    /// <summary>
    /// The fields of <paramref name="entityType"/> <paramref name="entityId"/> changed by writes that started from
    /// <paramref name="sinceVersion"/> or later (read from the audit log's <c>Version</c> changes), for CONFLICT errors.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ChangedSinceAsync(
        SalesGraphDbContext db, string entityType, int entityId, int sinceVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = entityId.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id)
            .OrderBy(a => a.Id)
            .Select(a => a.Changes)
            .ToListAsync(cancellationToken);
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var json in entries)
        {
            if (JsonNode.Parse(json) is not JsonObject changes
                || changes["Version"]?["old"] is not JsonValue old || old.GetValue<int>() < sinceVersion)
            {
                continue;
            }

            foreach (var (name, _) in changes)
            {
                if (name is not ("Version" or "UpdatedAt"))
                {
                    fields.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
                }
            }
        }

        return [.. fields];
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        Enum e => JsonValue.Create(e.ToString()),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => JsonValue.Create(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        _ => JsonSerializer.SerializeToNode(value),
    };
}
