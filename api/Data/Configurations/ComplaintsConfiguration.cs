using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => new { c.CustomerId, c.Id });
        // The complaints page lists by status; the KPI reads a period's complaints by the day received.
        b.HasIndex(c => new { c.Status, c.Id });
        b.HasIndex(c => c.ReceivedOn);
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.Property(c => c.Answer).HasMaxLength(2000);
        b.Property(c => c.ForwardNote).HasMaxLength(1000);
        b.Property(c => c.Resolution).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Customer).WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.LoggedBy).WithMany().HasForeignKey(c => c.LoggedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.AnsweredBy).WithMany().HasForeignKey(c => c.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ForwardedTo).WithMany().HasForeignKey(c => c.ForwardedToId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ResolvedBy).WithMany().HasForeignKey(c => c.ResolvedById).OnDelete(DeleteBehavior.Restrict);
    }
}
