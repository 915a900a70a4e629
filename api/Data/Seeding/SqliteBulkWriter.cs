using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesGraph.Data.Bulk;
using SQLitePCL;

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
/// <para>The caller's thread only queues rows, in batches; one worker thread owns the connection and inserts them, so
/// generating rows and writing them run side by side (on a million contracts each takes a good part of the load). An
/// insert that fails stops the worker, and the next <see cref="Add{TEntity}"/> or <see cref="Complete"/> throws its
/// exception.</para>
/// <para>The connection must be open and otherwise idle until <see cref="Complete"/> or disposal.</para>
/// </remarks>
public sealed class SqliteBulkWriter : IBulkWriter
{
    private const int BatchSize = 4096;
    private readonly SqliteConnection connection;
    private readonly IModel model;
    private readonly Dictionary<Type, Table> tables = [];
    private readonly Dictionary<string, long> counts = [];
    private readonly string restorePragmas;
    private readonly List<(string Name, string Sql)> indexes;
    private readonly BlockingCollection<(Table Table, object Row)[]> batches = new(boundedCapacity: 16);
    private readonly Thread worker;
    private (Table Table, object Row)[] batch = new (Table, object)[BatchSize];
    private int filled;
    private volatile Exception? failure;
    private bool stopped;
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
            $"PRAGMA synchronous={Scalar("PRAGMA synchronous;")}; PRAGMA foreign_keys={Scalar("PRAGMA foreign_keys;")}; PRAGMA cache_size={Scalar("PRAGMA cache_size;")}; PRAGMA threads={Scalar("PRAGMA threads;")};");
        if (exclusive)
        {
            restorePragmas += $" PRAGMA journal_mode={Scalar("PRAGMA journal_mode;")};";
            Execute("PRAGMA journal_mode=OFF;");
        }

        // foreign_keys cannot change inside a transaction, and the generator writes some children before their parents.
        // A 1 GiB page cache holds most of a million-contract load until the commit; helper threads sort the indexes.
        Execute("PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-1048576; PRAGMA threads=2;");
        transaction = connection.BeginTransaction();
        // Secondary indexes are rebuilt after the load: one sort per index instead of a B-tree insert per row at a
        // random place. Inside the transaction, nobody sees the tables without them.
        indexes = Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'");
        foreach (var (name, _) in indexes)
        {
            Execute($"DROP INDEX \"{name}\";");
        }

        worker = new Thread(Insert) { Name = "SQLite bulk insert", IsBackground = true };
        worker.Start();
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
            table = new Table<TEntity>(connection, model);
            tables.Add(typeof(TEntity), table);
            counts[table.Name] = 0;
        }

        counts[table.Name]++;
        batch[filled++] = (table, entity);
        if (filled == BatchSize)
        {
            Send();
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(transaction is null, this);
        if (filled > 0)
        {
            Send();
        }

        Stop();
        if (failure is not null)
        {
            Dispose();
            throw Failed();
        }

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
            Stop();
            transaction.Rollback();
            End();
        }
    }

    /// <summary>
    /// The worker: inserts every queued row on the connection until the queue ends. After a failed insert it only takes
    /// batches off the queue, so the caller is never left waiting on a full queue.
    /// </summary>
    private void Insert()
    {
        foreach (var rows in batches.GetConsumingEnumerable())
        {
            if (failure is not null)
            {
                continue;
            }

            try
            {
                foreach (var (table, row) in rows)
                {
                    if (table is null)
                    {
                        break;
                    }

                    table.Insert(row);
                }
            }
#pragma warning disable CA1031 // Any failure is handed to the caller's thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
        }
    }

    private void Send()
    {
        if (failure is not null)
        {
            throw Failed();
        }

        if (filled < BatchSize)
        {
            Array.Clear(batch, filled, BatchSize - filled); // a null table ends a short batch
        }

        batches.Add(batch);
        batch = new (Table, object)[BatchSize];
        filled = 0;
    }

    /// <summary>Ends the queue, waits for the worker and closes the statements.</summary>
    private void Stop()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        batches.CompleteAdding();
        worker.Join();

        foreach (var table in tables.Values)
        {
            table.Dispose();
        }

        tables.Clear();
        batches.Dispose();
    }

    private SqliteException Failed() =>
        failure as SqliteException ?? new SqliteException($"Bulk insert failed: {failure!.Message}", raw.SQLITE_ERROR);

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

    /// <summary>One table of the load: its name for the caller's counts, and its statement, prepared by the worker.</summary>
    private abstract class Table : IDisposable
    {
        public abstract string Name { get; }

        public abstract void Insert(object row);

        public abstract void Dispose();
    }

    private sealed class Table<TEntity>(SqliteConnection connection, IModel model) : Table
        where TEntity : class
    {
        private SqliteRowInserter<TEntity>? inserter;

        public override string Name { get; } = model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");

        public override void Insert(object row) => (inserter ??= new SqliteRowInserter<TEntity>(connection.Handle!, model)).Insert((TEntity)row);

        public override void Dispose() => inserter?.Dispose();
    }
}
