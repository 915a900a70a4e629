using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> b)
    {
        b.HasIndex(o => o.Number).IsUnique();
        b.HasIndex(o => o.ExternalId).IsUnique();
        b.HasIndex(o => new { o.CustomerId, o.Id });
        b.HasIndex(o => new { o.ContractId, o.Id });
        // The late-confirmation queue reads submitted orders by their due time.
        b.HasIndex(o => new { o.Status, o.ConfirmDueAt });
        b.Property(o => o.Number).HasMaxLength(32);
        b.Property(o => o.ExternalId).HasMaxLength(100);
        b.Property(o => o.CancellationReason).HasMaxLength(1000);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Customer).WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Contract).WithMany().HasForeignKey(o => o.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.ConfirmedBy).WithMany().HasForeignKey(o => o.ConfirmedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SalesOrderLineConfiguration : IEntityTypeConfiguration<SalesOrderLine>
{
    public void Configure(EntityTypeBuilder<SalesOrderLine> b)
    {
        b.HasIndex(l => new { l.SalesOrderId, l.Id });
        b.HasIndex(l => l.ContractLineId);
        b.HasOne(l => l.SalesOrder).WithMany(o => o.Lines).HasForeignKey(l => l.SalesOrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.ContractLine).WithMany().HasForeignKey(l => l.ContractLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
