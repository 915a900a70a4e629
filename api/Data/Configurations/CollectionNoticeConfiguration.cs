using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class CollectionNoticeConfiguration : IEntityTypeConfiguration<CollectionNotice>
{
    public void Configure(EntityTypeBuilder<CollectionNotice> b)
    {
        b.HasIndex(n => n.Number).IsUnique();
        b.HasIndex(n => new { n.CustomerId, n.Status });
        // The chase lists read open notices by level.
        b.HasIndex(n => new { n.Status, n.Level, n.Id });
        b.Property(n => n.Number).HasMaxLength(32);
        b.Property(n => n.PromiseNote).HasMaxLength(1000);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasOne(n => n.Customer).WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Owner).WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.PromisedBy).WithMany().HasForeignKey(n => n.PromisedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CollectionNoticeItemConfiguration : IEntityTypeConfiguration<CollectionNoticeItem>
{
    public void Configure(EntityTypeBuilder<CollectionNoticeItem> b)
    {
        b.HasIndex(i => new { i.CollectionNoticeId, i.Id });
        b.HasIndex(i => i.InvoiceId);
        b.Property(i => i.InvoiceNumber).HasMaxLength(32);
        b.HasOne(i => i.CollectionNotice).WithMany(n => n.Items).HasForeignKey(i => i.CollectionNoticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Invoice).WithMany().HasForeignKey(i => i.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
