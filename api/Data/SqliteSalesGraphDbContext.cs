using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data;

/// <summary>
/// The SQLite flavour of the model. SQLite has no decimal type, so money and rates are stored as scaled integers
/// (cents, ten-thousandths): comparisons, ordering and SUM then run in SQL at native speed.
/// </summary>
public sealed class SqliteSalesGraphDbContext(DbContextOptions<SqliteSalesGraphDbContext> options)
    : SalesGraphDbContext(options)
{
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
        }
    }
}
