using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesGraph.Data;

/// <summary>
/// The SQLite flavour of the model. SQLite has no decimal type, so money and rates are stored as scaled integers
/// (cents, ten-thousandths): comparisons, ordering and SUM then run in SQL at native speed.
/// </summary>
public sealed class SqliteSalesGraphDbContext(DbContextOptions<SqliteSalesGraphDbContext> options)
    : SalesGraphDbContext(options)
{
    private static readonly ValueConverter<DateTime, DateTime> UtcDateTimeConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(decimal) || property.ClrType == typeof(decimal?))
            {
                var scale = property.GetScale() ?? 2;
                property.SetValueConverter(ScaledDecimalConverter.ForScale(scale));
            }
            else if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
            {
                // Every DateTime the model stores is UTC; SQLite keeps text without a zone, so say so on the way back
                // (else clients get "2026-11-18T04:03:25" and read it as their local time).
                property.SetValueConverter(UtcDateTimeConverter);
            }
        }
    }
}
