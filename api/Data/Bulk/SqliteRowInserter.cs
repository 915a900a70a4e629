using System.Buffers;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace SalesGraph.Data.Bulk;

/// <summary>
/// Inserts rows of one entity type into SQLite through one prepared statement on the connection's own handle, in
/// whatever transaction the connection has open: the fast path of the demo load (<c>SqliteBulkWriter</c>) and of the KPI
/// summary tables (<see cref="MultiRowInsert"/>).
/// </summary>
/// <remarks>
/// Values are bound by position rather than through <see cref="SqliteParameter"/>, which looks every parameter up by name
/// on each execution and made loads several times slower. Table, columns and value converters (scaled-integer decimals,
/// enum names) come from the EF model, and the text forms are exactly those Microsoft.Data.Sqlite (and so EF) writes:
/// DateTime as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, DateOnly as <c>yyyy-MM-dd</c>, bool as 0/1.
/// </remarks>
/// <typeparam name="TEntity">A mapped entity type without store-generated values it relies on.</typeparam>
public sealed class SqliteRowInserter<TEntity> : IDisposable
    where TEntity : class
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly Action<TEntity, sqlite3_stmt> bind;

    /// <param name="database">The connection's handle.</param>
    /// <param name="model">The EF model the table layout comes from.</param>
    /// <param name="onConflict">An <c>ON CONFLICT</c> clause for the statement, if any.</param>
    public SqliteRowInserter(sqlite3 database, IModel model, string? onConflict = null)
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
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))}){onConflict}";
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        bind = CompileBinder(properties);
    }

    public string TableName { get; }

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

    public void Dispose() => statement.Dispose();

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

            var bindValue = Expression.Call(typeof(SqliteBind).GetMethod(nameof(SqliteBind.Value), [typeof(sqlite3_stmt), typeof(int), present.Type])
                ?? throw new NotSupportedException($"No SQLite binding for {present.Type.Name} ({property.Name})."), statement, index, present);
            if (!nullable)
            {
                body.Add(bindValue);
                continue;
            }

            Expression isNull = underlying is not null
                ? Expression.Not(Expression.Property(value, nameof(Nullable<int>.HasValue)))
                : Expression.Equal(value, Expression.Constant(null, propertyInfo.PropertyType));
            body.Add(Expression.IfThenElse(isNull, Expression.Call(typeof(SqliteBind), nameof(SqliteBind.Null), null, statement, index), bindValue));
        }

        return Expression.Lambda<Action<TEntity, sqlite3_stmt>>(Expression.Block(body), entity, statement).Compile();
    }
}

/// <summary>The value bindings of Microsoft.Data.Sqlite's <c>SqliteValueBinder</c>, by position and allocation-free.</summary>
internal static class SqliteBind
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
