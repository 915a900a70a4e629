using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Bulk;

/// <summary>
/// Drops the secondary indexes of some tables for a bulk insert and creates them again afterwards, in the caller's
/// transaction (DDL is transactional on SQLite and PostgreSQL, so nobody sees the tables without them, and a failed load
/// rolls the drop back): one sort per index instead of a B-tree insert per row at a random place. Primary keys and
/// unique constraints stay, so the insert is checked as before.
/// </summary>
public static class SecondaryIndexes
{
    /// <summary>
    /// Drops the indexes of the tables of <paramref name="entities"/>; disposing the result creates them again (call it
    /// before committing).
    /// </summary>
    public static async Task<IAsyncDisposable> DroppedAsync(DbContext db, IReadOnlyCollection<Type> entities, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entities);
        string[] names = [.. entities.Select(e => db.Model.FindEntityType(e)?.GetTableName() ?? throw new InvalidOperationException($"{e.Name} is not mapped to a table."))];
        var indexes = db.Database.IsSqlite()
            ? await db.Database.SqlQueryRaw<IndexDefinition>(
                "SELECT name AS \"Name\", sql AS \"Sql\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (SELECT value FROM json_each({0}))",
                System.Text.Json.JsonSerializer.Serialize(names)).ToListAsync(ct)
            : await db.Database.SqlQueryRaw<IndexDefinition>(
                "SELECT indexname AS \"Name\", indexdef AS \"Sql\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY({0}) AND indexdef NOT LIKE 'CREATE UNIQUE%'",
                new object[] { names }).ToListAsync(ct); // one array parameter, not one parameter per name
        foreach (var index in indexes)
        {
#pragma warning disable EF1002 // Index names come from the database's own catalogue.
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{index.Name}\"", ct);
#pragma warning restore EF1002
        }

        return new Restore(db, indexes, ct);
    }

    /// <summary>An index's name and the statement that creates it.</summary>
    private sealed record IndexDefinition(string Name, string Sql);

    private sealed class Restore(DbContext db, List<IndexDefinition> indexes, CancellationToken ct) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var index in indexes)
            {
                await db.Database.ExecuteSqlRawAsync(index.Sql, ct);
            }
        }
    }
}
