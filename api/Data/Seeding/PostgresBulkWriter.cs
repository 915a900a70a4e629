using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// Loads rows into PostgreSQL with binary <c>COPY ... FROM STDIN</c> inside one transaction. The foreign keys of the
/// model's tables are dropped for the load and added back (which checks every row) at <see cref="Complete"/>, because
/// the generator writes children before some parents; then each identity sequence is moved past the highest id, so
/// rows the app inserts later get fresh keys.
/// </summary>
/// <remarks>
/// Table and column names and value converters (enum names) come from the EF model of
/// <see cref="PostgresSalesGraphDbContext"/>; each column is written with the provider CLR type EF would send, so a
/// row loaded here reads back through EF like one EF wrote. Rows are buffered per table and copied in batches (one
/// COPY can be open on a connection at a time, and rows of different tables arrive interleaved). The connection must
/// be open and otherwise idle; the load runs as the table owner (no superuser needed).
/// </remarks>
public sealed class PostgresBulkWriter : IBulkWriter
{
    /// <summary>Rows buffered per table before they are copied.</summary>
    private const int RowsPerCopy = 20_000;

    private readonly NpgsqlConnection connection;
    private readonly IModel model;
    private readonly Dictionary<Type, TableCopier> tables = [];
    private readonly Dictionary<string, long> counts = [];
    private readonly List<(string Table, string Name, string Definition)> foreignKeys;
    private NpgsqlTransaction? transaction;

    /// <summary>Starts a load on an open connection, using <paramref name="model"/> for the table layout.</summary>
    public PostgresBulkWriter(NpgsqlConnection connection, IModel model)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(model);
        this.connection = connection;
        this.model = model;
        transaction = connection.BeginTransaction();
        foreignKeys = DropForeignKeys();
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
            table = new TableCopier<TEntity>(connection, model);
            tables.Add(typeof(TEntity), table);
            counts[table.TableName] = 0;
        }

        var copier = (TableCopier<TEntity>)table;
        copier.Add(entity);
        counts[table.TableName]++;
        if (copier.Buffered >= RowsPerCopy)
        {
            copier.Flush();
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(transaction is null, this);
        foreach (var table in tables.Values)
        {
            table.Flush();
        }

        // Adding a foreign key back validates every row against it: a dangling reference fails the whole load here.
        foreach (var (table, name, definition) in foreignKeys)
        {
            Execute($"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(name)} {definition}");
        }

        foreach (var table in tables.Values.Where(t => t.IdentityColumn is not null))
        {
            Execute($"SELECT setval(pg_get_serial_sequence('{Quote(table.TableName)}', '{table.IdentityColumn}'), " +
                    $"COALESCE(MAX({Quote(table.IdentityColumn!)}), 0) + 1, false) FROM {Quote(table.TableName)}");
        }

        transaction.Commit();
        transaction.Dispose();
        transaction = null;
        // Fresh statistics let the planner pick the indexes the moment the app starts querying.
        Execute("ANALYZE " + string.Join(", ", tables.Values.Select(t => Quote(t.TableName))));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (transaction is not null)
        {
            // Rolls back the rows and the dropped foreign keys alike (DDL is transactional in PostgreSQL).
            transaction.Rollback();
            transaction.Dispose();
            transaction = null;
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private List<(string Table, string Name, string Definition)> DropForeignKeys()
    {
        var names = model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToArray();
        var found = new List<(string, string, string)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(@tables)
                ORDER BY c.relname, k.conname
                """;
            command.Parameters.AddWithValue("tables", names);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (table, name, _) in found)
        {
            Execute($"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(name)}");
        }

        return found;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private abstract class TableCopier
    {
        public abstract string TableName { get; }

        /// <summary>The column of the generated key, whose sequence must follow the loaded ids; null when none.</summary>
        public abstract string? IdentityColumn { get; }

        public abstract void Flush();
    }

    private sealed class TableCopier<TEntity> : TableCopier
        where TEntity : class
    {
        private readonly NpgsqlConnection connection;
        private readonly string copyCommand;
        private readonly Action<NpgsqlBinaryImporter, TEntity>[] writers;
        private readonly List<TEntity> buffer = new(RowsPerCopy);

        public TableCopier(NpgsqlConnection connection, IModel model)
        {
            this.connection = connection;
            var entityType = model.FindEntityType(typeof(TEntity))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
            TableName = entityType.GetTableName()
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
            var storeObject = StoreObjectIdentifier.Table(TableName, entityType.GetSchema());
            var properties = entityType.GetProperties().ToArray();
            var columns = properties.Select(p => p.GetColumnName(storeObject)
                ?? throw new InvalidOperationException($"{p.Name} has no column.")).ToArray();
            writers = properties.Select(CompileWriter).ToArray();
            IdentityColumn = entityType.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd
                ? key.GetColumnName(storeObject)
                : null;
            copyCommand = new StringBuilder("COPY ").Append(Quote(TableName)).Append(" (")
                .AppendJoin(", ", columns.Select(Quote)).Append(") FROM STDIN (FORMAT BINARY)").ToString();
        }

        public override string TableName { get; }

        public override string? IdentityColumn { get; }

        public int Buffered => buffer.Count;

        public void Add(TEntity entity) => buffer.Add(entity);

        public override void Flush()
        {
            if (buffer.Count == 0)
            {
                return;
            }

            using (var importer = connection.BeginBinaryImport(copyCommand))
            {
                foreach (var entity in buffer)
                {
                    importer.StartRow();
                    foreach (var write in writers)
                    {
                        write(importer, entity);
                    }
                }

                var written = importer.Complete();
                if (written != (ulong)buffer.Count)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"COPY into {TableName} wrote {written} of {buffer.Count} rows."));
                }
            }

            buffer.Clear();
        }

        /// <summary>
        /// Compiles <c>(importer, entity) =&gt; importer.Write&lt;TProvider&gt;(convert(entity.Property))</c> with the
        /// property's EF value converter inlined and nulls written as NULL (converters never see null, as in EF).
        /// Writing the provider CLR type (not boxed objects) lets Npgsql pick the same PostgreSQL type EF sends.
        /// </summary>
        private static Action<NpgsqlBinaryImporter, TEntity> CompileWriter(IProperty property)
        {
            var propertyInfo = property.PropertyInfo
                ?? throw new NotSupportedException($"Shadow property {property.Name} cannot be bulk-written.");
            var importer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "importer");
            var entity = Expression.Parameter(typeof(TEntity), "entity");
            Expression value = Expression.Property(entity, propertyInfo);
            var underlying = Nullable.GetUnderlyingType(propertyInfo.PropertyType);
            var input = underlying is null ? value : Expression.Property(value, "Value");
            var converter = property.GetTypeMapping().Converter;
            var provided = converter is null
                ? input
                : Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(input, converter.ModelClrType));
            var write = Expression.Call(importer, nameof(NpgsqlBinaryImporter.Write), [provided.Type], provided);
            Expression body = write;
            if (underlying is not null || !propertyInfo.PropertyType.IsValueType)
            {
                Expression isNull = underlying is not null
                    ? Expression.Not(Expression.Property(value, "HasValue"))
                    : Expression.Equal(value, Expression.Constant(null, propertyInfo.PropertyType));
                body = Expression.IfThenElse(isNull, Expression.Call(importer, nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes), write);
            }

            return Expression.Lambda<Action<NpgsqlBinaryImporter, TEntity>>(body, importer, entity).Compile();
        }
    }
}
