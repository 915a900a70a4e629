using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// Inserts rows into SQLite with prepared multi-row <c>INSERT</c> statements inside one transaction, with
/// <c>synchronous=OFF</c> and foreign keys off for the duration of the load.
/// </summary>
/// <remarks>
/// Table names, column names and value converters (scaled-integer decimals, enum names) come from the EF model of
/// <see cref="SqliteSalesGraphDbContext"/>, and values are bound through Microsoft.Data.Sqlite exactly as EF binds them,
/// so a row written here reads back through EF like one EF wrote (DateTime as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>,
/// DateOnly as <c>yyyy-MM-dd</c>). The connection must be open and otherwise idle.
/// </remarks>
public sealed class SqliteBulkWriter : IBulkWriter
{
    /// <summary>Rows per multi-row statement; fewer statement executions is where most of the speed comes from.</summary>
    private const int RowsPerStatement = 1;

    private readonly SqliteConnection connection;
    private readonly IModel model;
    private readonly Dictionary<Type, TableInserter> tables = [];
    private readonly Dictionary<string, long> counts = [];
    private readonly string restorePragmas;
    private SqliteTransaction? transaction;

    /// <summary>Starts a load on an open connection, using <paramref name="model"/> for the table layout.</summary>
    public SqliteBulkWriter(SqliteConnection connection, IModel model)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(model);
        this.connection = connection;
        this.model = model;
        var synchronous = Scalar("PRAGMA synchronous;");
        var foreignKeys = Scalar("PRAGMA foreign_keys;");
        restorePragmas = $"PRAGMA synchronous={synchronous}; PRAGMA foreign_keys={foreignKeys};";
        // foreign_keys cannot change inside a transaction, and the generator writes children before some parents.
        Execute("PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;");
        transaction = connection.BeginTransaction();
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
            table = new TableInserter<TEntity>(connection, transaction, model);
            tables.Add(typeof(TEntity), table);
            counts[table.TableName] = 0;
        }

        ((TableInserter<TEntity>)table).Add(entity);
        counts[table.TableName]++;
    }

    /// <inheritdoc />
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(transaction is null, this);
        foreach (var table in tables.Values)
        {
            table.Flush();
        }

        transaction.Commit();
        Close();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (transaction is not null)
        {
            transaction.Rollback();
            Close();
        }
    }

    private void Close()
    {
        foreach (var table in tables.Values)
        {
            table.Dispose();
        }

        tables.Clear();
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

    private string Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "0";
    }

    private abstract class TableInserter : IDisposable
    {
        public abstract string TableName { get; }

        public abstract void Flush();

        public abstract void Dispose();
    }

    private sealed class TableInserter<TEntity> : TableInserter
        where TEntity : class
    {
        private readonly SqliteConnection connection;
        private readonly SqliteTransaction transaction;
        private readonly string[] columns;
        private readonly Func<TEntity, object?>[] getters;
        private readonly SqliteCommand batchCommand;
        private readonly SqliteParameter[] batchParameters;
        private int buffered;

        public TableInserter(SqliteConnection connection, SqliteTransaction transaction, IModel model)
        {
            this.connection = connection;
            this.transaction = transaction;
            var entityType = model.FindEntityType(typeof(TEntity))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
            TableName = entityType.GetTableName()
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
            var storeObject = StoreObjectIdentifier.Table(TableName, entityType.GetSchema());
            var properties = entityType.GetProperties().ToArray();
            columns = properties.Select(p => p.GetColumnName(storeObject)
                ?? throw new InvalidOperationException($"{p.Name} has no column.")).ToArray();
            getters = properties.Select(CompileGetter).ToArray();
            (batchCommand, batchParameters) = Prepare(RowsPerStatement);
        }

        public override string TableName { get; }

        public void Add(TEntity entity)
        {
            var offset = buffered * getters.Length;
            for (var i = 0; i < getters.Length; i++)
            {
                batchParameters[offset + i].Value = getters[i](entity) ?? DBNull.Value;
            }

            if (++buffered == RowsPerStatement)
            {
                batchCommand.ExecuteNonQuery();
                buffered = 0;
            }
        }

        public override void Flush()
        {
            if (buffered == 0)
            {
                return;
            }

            var (command, parameters) = Prepare(buffered);
            using (command)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = batchParameters[i].Value;
                }

                command.ExecuteNonQuery();
            }

            buffered = 0;
        }

        public override void Dispose() => batchCommand.Dispose();

        private (SqliteCommand Command, SqliteParameter[] Parameters) Prepare(int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var parameters = new SqliteParameter[rows * columns.Length];
            var sql = new System.Text.StringBuilder();
            sql.Append("INSERT INTO \"").Append(TableName).Append("\" (")
                .AppendJoin(", ", columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
            for (var row = 0; row < rows; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var index = (row * columns.Length) + column;
                    var name = "$p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(column == 0 ? name : ", " + name);
                    parameters[index] = command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            command.Prepare();
            return (command, parameters);
        }

        /// <summary>
        /// Compiles <c>entity =&gt; (object?)convert(entity.Property)</c> with the property's EF value converter inlined,
        /// passing nulls through as EF does (converters never see null).
        /// </summary>
        private static Func<TEntity, object?> CompileGetter(IProperty property)
        {
            var propertyInfo = property.PropertyInfo
                ?? throw new NotSupportedException($"Shadow property {property.Name} cannot be bulk-written.");
            var entity = Expression.Parameter(typeof(TEntity), "entity");
            Expression value = Expression.Property(entity, propertyInfo);
            var converter = property.GetTypeMapping().Converter;
            Expression body;
            if (converter is null)
            {
                body = Expression.Convert(value, typeof(object));
            }
            else
            {
                var underlying = Nullable.GetUnderlyingType(propertyInfo.PropertyType);
                var input = underlying is null ? value : Expression.Property(value, "Value");
                var converted = Expression.Convert(
                    Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(input, converter.ModelClrType)),
                    typeof(object));
                body = underlying is null && propertyInfo.PropertyType.IsValueType
                    ? converted
                    : Expression.Condition(
                        underlying is null
                            ? Expression.Equal(value, Expression.Constant(null, propertyInfo.PropertyType))
                            : Expression.Not(Expression.Property(value, "HasValue")),
                        Expression.Constant(null, typeof(object)),
                        converted);
            }

            return Expression.Lambda<Func<TEntity, object?>>(body, entity).Compile();
        }
    }
}
