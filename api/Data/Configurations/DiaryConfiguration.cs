using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> b)
    {
        // One entry per rep and day; the manager's view reads a day's entries.
        b.HasIndex(d => new { d.StaffId, d.Day }).IsUnique();
        b.HasIndex(d => new { d.Day, d.Id });
        b.Property(d => d.Summary).HasMaxLength(4000);
        b.Property(d => d.TomorrowPlan).HasMaxLength(2000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne(d => d.Staff).WithMany().HasForeignKey(d => d.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
