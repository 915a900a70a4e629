using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => c.ExternalId).IsUnique();
        b.HasIndex(c => new { c.RegionId, c.Id });
        b.HasIndex(c => new { c.OwnerId, c.Id });
        b.HasIndex(c => c.FirstContractOn);
        b.Property(c => c.Code).HasMaxLength(32);
        b.Property(c => c.Mobile).HasMaxLength(32);
        b.Property(c => c.Address).HasMaxLength(300);
        b.Property(c => c.ExternalId).HasMaxLength(100);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.HasIndex(p => p.Sku).IsUnique();
        b.HasIndex(p => p.ProductLine);
        b.Property(p => p.Sku).HasMaxLength(32);
        b.Property(p => p.WeightKg).HasPrecision(18, 2);
        b.Property(p => p.VolumeM3).HasPrecision(18, 4);
    }
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.ExternalId).IsUnique();
        b.HasIndex(c => new { c.CustomerId, c.Id });
        b.HasIndex(c => new { c.OwnerId, c.Id });
        b.HasIndex(c => new { c.RegionId, c.Id });
        b.HasIndex(c => new { c.SignedOn, c.Status });
        b.HasIndex(c => c.Status);
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.DiscountRate).HasPrecision(9, 4);
        b.Property(c => c.TerminationReason).HasMaxLength(1000);
        b.Property(c => c.ExternalId).HasMaxLength(100);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Customer).WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractLineConfiguration : IEntityTypeConfiguration<ContractLine>
{
    public void Configure(EntityTypeBuilder<ContractLine> b)
    {
        b.HasIndex(l => new { l.ContractId, l.LineNo }).IsUnique();
        b.HasIndex(l => l.ProductId);
        b.HasOne(l => l.Contract).WithMany(c => c.Lines).HasForeignKey(l => l.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractEventConfiguration : IEntityTypeConfiguration<ContractEvent>
{
    public void Configure(EntityTypeBuilder<ContractEvent> b)
    {
        b.HasIndex(e => new { e.ContractId, e.Id });
        b.Property(e => e.Comment).HasMaxLength(1000);
        b.HasOne(e => e.Contract).WithMany(c => c.Events).HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
