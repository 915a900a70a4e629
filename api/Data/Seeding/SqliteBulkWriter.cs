using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesGraph.Data.Bulk;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// Inserts rows into SQLite with one prepared <c>INSERT</c> per table, inside one transaction of the given ADO.NET
/// connection, with <c>synchronous=OFF</c> and foreign keys off for the duration of the load.
/// </summary>
/// <remarks>
/// <para>Table names, column names and value converters (scaled-integer decimals, enum names) come from the EF model of
/// <see cref="SqliteSalesGraphDbContext"/>, so the writer cannot drift from the mapping.</para>
/// <para>Rows go through <see cref="SqliteRowInserter{TEntity}"/> (values bound by position on the connection's own
/// statement handle); a round-trip test reads rows written here back through EF and compares them with rows EF wrote.</para>
/// <para>The connection must be open and otherwise idle until <see cref="Complete"/> or disposal.</para>
/// </remarks>
public sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection connection;
    private readonly IModel model;
    private readonly Dictionary<Type, IDisposable> tables = [];
    private readonly Dictionary<string, long> counts = [];
    private readonly string restorePragmas;
    private readonly List<(string Name, string Sql)> indexes;
    private SqliteTransaction? transaction;

    /// <summary>Starts a load on an open connection, using <paramref name="model"/> for the table layout.</summary>
    /// <param name="connection">An open connection to a migrated database.</param>
    /// <param name="model">The model of <see cref="SqliteSalesGraphDbContext"/>.</param>
    /// <param name="exclusive">
    /// The caller guarantees no other connection uses the file (the <c>seed</c> command on a new file): the journal is
    /// switched off for the load. A large load in WAL mode appends every page the cache spills to the WAL again and
    /// again, which made a million-contract load many times slower. Without a journal a load that is not completed
    /// cannot be rolled back cleanly: the file is scratch until <see cref="Complete"/> returns.
    /// </param>
    public SqliteBulkWriter(SqliteConnection connection, IModel model, bool exclusive = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(model);
        this.connection = connection;
        this.model = model;
        restorePragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA synchronous={Scalar("PRAGMA synchronous;")}; PRAGMA foreign_keys={Scalar("PRAGMA foreign_keys;")}; PRAGMA cache_size={Scalar("PRAGMA cache_size;")};");
        if (exclusive)
        {
            restorePragmas += $" PRAGMA journal_mode={Scalar("PRAGMA journal_mode;")};";
            Execute("PRAGMA journal_mode=OFF;");
        }

        // foreign_keys cannot change inside a transaction, and the generator writes some children before their parents.
        Execute("PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144;");
        transaction = connection.BeginTransaction();
        // Secondary indexes are rebuilt after the load: one sort per index instead of a B-tree insert per row at a
        // random place. Inside the transaction, nobody sees the tables without them.
        indexes = Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'");
        foreach (var (name, _) in indexes)
        {
            Execute($"DROP INDEX \"{name}\";");
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> RowCounts => counts;

    /// <inheritdoc />
    public void Add<TEntity>(TEntity entity)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        ObjectDisposedException.ThrowIf(transaction is null, this);
        if (!tables.TryGetValue(typeof(TEntity), out var table))
        {
            table = new SqliteRowInserter<TEntity>(connection.Handle!, model);
            tables.Add(typeof(TEntity), table);
            counts[((SqliteRowInserter<TEntity>)table).TableName] = 0;
        }

        var inserter = (SqliteRowInserter<TEntity>)table;
        inserter.Insert(entity);
        counts[inserter.TableName]++;
    }

    /// <inheritdoc />
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(transaction is null, this);
        Close();
        foreach (var (_, sql) in indexes)
        {
            Execute(sql);
        }

        transaction.Commit();
        End();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (transaction is not null)
        {
            Close();
            transaction.Rollback();
            End();
        }
    }

    private void Close()
    {
        foreach (var table in tables.Values)
        {
            table.Dispose();
        }

        tables.Clear();
    }

    private void End()
    {
        transaction?.Dispose();
        transaction = null;
        Execute(restorePragmas);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<(string Name, string Sql)> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private string Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "0";
    }
}
