using System.Buffers;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// Inserts rows into SQLite with one prepared <c>INSERT</c> per table, inside one transaction of the given ADO.NET
/// connection, with <c>synchronous=OFF</c> and foreign keys off for the duration of the load.
/// </summary>
/// <remarks>
/// <para>Table names, column names and value converters (scaled-integer decimals, enum names) come from the EF model of
/// <see cref="SqliteSalesGraphDbContext"/>, so the writer cannot drift from the mapping.</para>
/// <para>Values are bound by position on the connection's own statement handle rather than through
/// <see cref="SqliteParameter"/>, which looks every parameter up by name on each execution and made the load several
/// times slower. The text forms are exactly those Microsoft.Data.Sqlite (and so EF) writes: DateTime as
/// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, DateOnly as <c>yyyy-MM-dd</c>, bool as 0/1; a round-trip test reads rows
/// written here back through EF and compares them with rows EF wrote.</para>
/// <para>The connection must be open and otherwise idle until <see cref="Complete"/> or disposal.</para>
/// </remarks>
public sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection connection;
    private readonly IModel model;
    private readonly Dictionary<Type, TableInserter> tables = [];
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
            table = new TableInserter<TEntity>(connection.Handle!, model);
            tables.Add(typeof(TEntity), table);
            counts[table.TableName] = 0;
        }

        ((TableInserter<TEntity>)table).Insert(entity);
        counts[table.TableName]++;
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

    private abstract class TableInserter : IDisposable
    {
        public abstract string TableName { get; }

        public abstract void Dispose();
    }

    private sealed class TableInserter<TEntity> : TableInserter
        where TEntity : class
    {
        private readonly sqlite3 database;
        private readonly sqlite3_stmt statement;
        private readonly Action<TEntity, sqlite3_stmt> bind;

        public TableInserter(sqlite3 database, IModel model)
        {
            this.database = database;
            var entityType = model.FindEntityType(typeof(TEntity))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
            TableName = entityType.GetTableName()
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
            var storeObject = StoreObjectIdentifier.Table(TableName, entityType.GetSchema());
            var properties = entityType.GetProperties().ToArray();
            var columns = properties.Select(p => p.GetColumnName(storeObject)
                ?? throw new InvalidOperationException($"{p.Name} has no column.")).ToArray();
            var sql = $"INSERT INTO \"{TableName}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))})";
            Check(raw.sqlite3_prepare_v2(database, sql, out statement));
            bind = CompileBinder(properties);
        }

        public override string TableName { get; }

        public void Insert(TEntity entity)
        {
            bind(entity, statement);
            var result = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }
        }

        public override void Dispose() => statement.Dispose();

        private void Check(int result)
        {
            if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            {
                throw new SqliteException($"Bulk insert into {TableName} failed: {raw.sqlite3_errmsg(database).utf8_to_string()}", result);
            }
        }

        /// <summary>
        /// Compiles one delegate that binds every column of a row: <c>Bind.Value(stmt, i, convert(entity.Property))</c>
        /// with the property's EF value converter inlined, and nulls bound as NULL (converters never see null, as in EF).
        /// </summary>
        private static Action<TEntity, sqlite3_stmt> CompileBinder(IProperty[] properties)
        {
            var entity = Expression.Parameter(typeof(TEntity), "entity");
            var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
            var body = new List<Expression>();
            for (var i = 0; i < properties.Length; i++)
            {
                var property = properties[i];
                var propertyInfo = property.PropertyInfo
                    ?? throw new NotSupportedException($"Shadow property {property.Name} cannot be bulk-written.");
                var index = Expression.Constant(i + 1);
                Expression value = Expression.Property(entity, propertyInfo);
                var underlying = Nullable.GetUnderlyingType(propertyInfo.PropertyType);
                var nullable = underlying is not null || !propertyInfo.PropertyType.IsValueType;
                var present = underlying is null ? value : Expression.Property(value, nameof(Nullable<int>.Value));
                var converter = property.GetTypeMapping().Converter;
                if (converter is not null)
                {
                    present = Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(present, converter.ModelClrType));
                }

                var bindValue = Expression.Call(typeof(Bind).GetMethod(nameof(Bind.Value), [typeof(sqlite3_stmt), typeof(int), present.Type])
                    ?? throw new NotSupportedException($"No SQLite binding for {present.Type.Name} ({property.Name})."), statement, index, present);
                if (!nullable)
                {
                    body.Add(bindValue);
                    continue;
                }

                Expression isNull = underlying is not null
                    ? Expression.Not(Expression.Property(value, nameof(Nullable<int>.HasValue)))
                    : Expression.Equal(value, Expression.Constant(null, propertyInfo.PropertyType));
                body.Add(Expression.IfThenElse(isNull, Expression.Call(typeof(Bind), nameof(Bind.Null), null, statement, index), bindValue));
            }

            return Expression.Lambda<Action<TEntity, sqlite3_stmt>>(Expression.Block(body), entity, statement).Compile();
        }
    }

    /// <summary>The value bindings of Microsoft.Data.Sqlite's <c>SqliteValueBinder</c>, by position and allocation-free.</summary>
    private static class Bind
    {
        private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
        private const string DateOnlyFormat = @"yyyy\-MM\-dd";

        public static void Null(sqlite3_stmt statement, int index) => raw.sqlite3_bind_null(statement, index);

        public static void Value(sqlite3_stmt statement, int index, long value) => raw.sqlite3_bind_int64(statement, index, value);

        public static void Value(sqlite3_stmt statement, int index, int value) => raw.sqlite3_bind_int64(statement, index, value);

        public static void Value(sqlite3_stmt statement, int index, bool value) => raw.sqlite3_bind_int64(statement, index, value ? 1 : 0);

        public static void Value(sqlite3_stmt statement, int index, double value) => raw.sqlite3_bind_double(statement, index, value);

        public static void Value(sqlite3_stmt statement, int index, string value)
        {
            var length = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (length <= 512)
            {
                Span<byte> buffer = stackalloc byte[length];
                var written = Encoding.UTF8.GetBytes(value, buffer);
                raw.sqlite3_bind_text(statement, index, buffer[..written]);
                return;
            }

            var rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var written = Encoding.UTF8.GetBytes(value, rented);
                raw.sqlite3_bind_text(statement, index, rented.AsSpan(0, written));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public static void Value(sqlite3_stmt statement, int index, DateTime value)
        {
            Span<byte> buffer = stackalloc byte[32];
            value.TryFormat(buffer, out var written, DateTimeFormat, CultureInfo.InvariantCulture);
            raw.sqlite3_bind_text(statement, index, buffer[..written]);
        }

        public static void Value(sqlite3_stmt statement, int index, DateOnly value)
        {
            Span<byte> buffer = stackalloc byte[16];
            value.TryFormat(buffer, out var written, DateOnlyFormat, CultureInfo.InvariantCulture);
            raw.sqlite3_bind_text(statement, index, buffer[..written]);
        }
    }
}
