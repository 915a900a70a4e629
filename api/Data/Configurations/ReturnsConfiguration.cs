using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => new { r.CustomerId, r.Id });
        b.HasIndex(r => new { r.ShipmentId, r.Id });
        // The approval and receiving queues read returns by status.
        b.HasIndex(r => new { r.Status, r.Id });
        b.Property(r => r.Number).HasMaxLength(32);
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.RejectionReason).HasMaxLength(1000);
        b.Property(r => r.CarrierNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Shipment).WithMany().HasForeignKey(r => r.ShipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Customer).WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.RequestedBy).WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.DecidedBy).WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.ReceivedBy).WithMany().HasForeignKey(r => r.ReceivedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> b)
    {
        b.HasIndex(l => new { l.ReturnRequestId, l.Id });
        // What earlier returns took of a shipment line is read by it, inside the write.
        b.HasIndex(l => l.ShipmentLineId);
        b.HasOne(l => l.ReturnRequest).WithMany(r => r.Lines).HasForeignKey(l => l.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.ShipmentLine).WithMany().HasForeignKey(l => l.ShipmentLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> b)
    {
        b.HasIndex(n => n.Number).IsUnique();
        b.HasIndex(n => n.ReturnRequestId).IsUnique();
        b.HasIndex(n => new { n.CustomerId, n.Id });
        b.HasIndex(n => n.IssuedOn);
        b.Property(n => n.Number).HasMaxLength(32);
        b.HasOne(n => n.Customer).WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.ReturnRequest).WithOne(r => r.CreditNote).HasForeignKey<CreditNote>(n => n.ReturnRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => n.InvoiceId);
        b.Property(n => n.Reason).HasMaxLength(500);
        b.Property(n => n.TaxRate).HasPrecision(9, 4);
        b.HasOne(n => n.Invoice).WithMany().HasForeignKey(n => n.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.IssuedBy).WithMany().HasForeignKey(n => n.IssuedById).OnDelete(DeleteBehavior.Restrict);
    }
}
