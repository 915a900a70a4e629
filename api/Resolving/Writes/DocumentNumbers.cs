using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// Document numbers such as <c>HT-2026-000123</c> (contracts), <c>FP-</c> (invoices), <c>SK-</c> (payments) and
/// <c>FH-</c> (delivery notices): the next after the year's highest. Safe without a sequence: SQLite's write
/// transaction is exclusive, and on PostgreSQL <see cref="SerializeAsync"/> takes a transaction lock on the series first,
/// so concurrent writes of one series queue for their numbers instead of colliding on the unique index (which still
/// catches anything else).
/// </summary>
public static class DocumentNumbers
{
    /// <summary>The next number with <paramref name="prefix"/> in <paramref name="year"/>.</summary>
    public static async Task<string> NextAsync<T>(WriteUnit w, IQueryable<T> rows, Expression<Func<T, string>> number, string prefix, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        await SerializeAsync(w, prefix);
        var start = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-");
        var parameter = number.Parameters[0];
        var startsWith = Expression.Lambda<Func<T, bool>>(
            Expression.Call(number.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, Expression.Constant(start)), parameter);
        var asNullable = Expression.Lambda<Func<T, string?>>(number.Body, parameter);
        var last = await rows.Where(startsWith).MaxAsync(asNullable, ct);
        var next = last is null ? 1 : int.Parse(last.AsSpan(start.Length), CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start}{next:D6}");
    }

    /// <summary>Advisory lock space of document series (PostgreSQL), beside the KPI upkeep's.</summary>
    private const int SeriesLocks = 0x4b50_4910;

    /// <summary>
    /// On PostgreSQL, waits for and holds until commit the lock of the number series <paramref name="series"/>, so that
    /// two writes never read the same highest number; a no-op on SQLite, whose writers queue anyway.
    /// </summary>
    public static async Task SerializeAsync(WriteUnit w, string series)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Db.Database.IsNpgsql())
        {
            await w.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeriesLocks}, hashtext({series}))", w.CancellationToken);
        }
    }

    /// <summary>The number after <paramref name="number"/> (same prefix and year), for several documents in one write.</summary>
    public static string Following(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var cut = number.LastIndexOf('-') + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{number[..cut]}{int.Parse(number.AsSpan(cut), CultureInfo.InvariantCulture) + 1:D6}");
    }
}
