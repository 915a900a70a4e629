using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class KpiMonthlyFactConfiguration : IEntityTypeConfiguration<KpiMonthlyFact>
{
    public void Configure(EntityTypeBuilder<KpiMonthlyFact> b)
    {
        b.HasKey(f => new { f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade });
        b.HasIndex(f => new { f.OwnerId, f.Year, f.Month });
        b.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to Staff: a fact row is derived data, dropped and rebuilt with its rep's rows.
    }
}

internal sealed class KpiProductLineFactConfiguration : IEntityTypeConfiguration<KpiProductLineFact>
{
    public void Configure(EntityTypeBuilder<KpiProductLineFact> b)
    {
        b.HasKey(f => new { f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade, f.ProductLine });
        b.HasIndex(f => new { f.OwnerId, f.Year, f.Month });
        b.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiRegionMonthlyFactConfiguration : IEntityTypeConfiguration<KpiRegionMonthlyFact>
{
    public void Configure(EntityTypeBuilder<KpiRegionMonthlyFact> b)
    {
        b.HasKey(f => new { f.Year, f.Month, f.RegionId, f.Grade });
        b.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiDailyOverdueFactConfiguration : IEntityTypeConfiguration<KpiDailyOverdueFact>
{
    public void Configure(EntityTypeBuilder<KpiDailyOverdueFact> b)
    {
        // Keyed by day first: a read takes a window of days; a refresh finds a rep's rows by the owner index.
        b.HasKey(f => new { f.On, f.RegionId, f.OwnerId, f.Grade });
        b.HasIndex(f => f.OwnerId);
        b.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiRegionDailyOverdueFactConfiguration : IEntityTypeConfiguration<KpiRegionDailyOverdueFact>
{
    public void Configure(EntityTypeBuilder<KpiRegionDailyOverdueFact> b)
    {
        b.HasKey(f => new { f.On, f.RegionId, f.Grade });
        b.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
