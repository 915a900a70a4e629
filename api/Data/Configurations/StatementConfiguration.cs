using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b)
    {
        b.HasIndex(s => s.Number).IsUnique();
        // One statement per customer and month: generating again finds it (and a concurrent run collides).
        b.HasIndex(s => new { s.CustomerId, s.Year, s.Month }).IsUnique();
        b.HasIndex(s => new { s.Year, s.Month, s.Id });
        // Finance's disputes list reads statements by status.
        b.HasIndex(s => new { s.Status, s.Id });
        b.Property(s => s.Number).HasMaxLength(32);
        b.Property(s => s.ResponseNote).HasMaxLength(1000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Customer).WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Owner).WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.GeneratedBy).WithMany().HasForeignKey(s => s.GeneratedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.RespondedBy).WithMany().HasForeignKey(s => s.RespondedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> b)
    {
        b.HasIndex(l => new { l.StatementId, l.LineNo }).IsUnique();
        b.Property(l => l.DocumentNumber).HasMaxLength(32);
        b.HasOne(l => l.Statement).WithMany(s => s.Lines).HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);
    }
}
