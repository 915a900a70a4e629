using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasIndex(r => r.Code).IsUnique();
        b.HasIndex(r => r.Path);
        b.Property(r => r.Code).HasMaxLength(32);
        b.Property(r => r.Path).HasMaxLength(100);
        b.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Manager).WithMany().HasForeignKey(r => r.ManagerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StaffConfiguration : IEntityTypeConfiguration<Staff>
{
    public void Configure(EntityTypeBuilder<Staff> b)
    {
        b.HasIndex(s => s.EmployeeNumber).IsUnique();
        b.HasIndex(s => s.RegionId);
        b.HasIndex(s => s.ReportsToId);
        b.Property(s => s.EmployeeNumber).HasMaxLength(32);
        b.Property(s => s.Mobile).HasMaxLength(32);
        b.Property(s => s.CommissionRate).HasPrecision(9, 4);
        b.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.ReportsTo).WithMany().HasForeignKey(s => s.ReportsToId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.HasIndex(a => a.Username).IsUnique();
        b.Property(a => a.Username).HasMaxLength(64);
        b.Property(a => a.SecretHash).HasMaxLength(256);
        b.Property(a => a.Grants).HasMaxLength(1000);
        b.HasOne(a => a.Staff).WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.ActorAccountId);
        b.Property(a => a.Changes).HasMaxLength(100_000);
    }
}
