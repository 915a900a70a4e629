using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class CreditPolicyConfiguration : IEntityTypeConfiguration<CreditPolicy>
{
    public void Configure(EntityTypeBuilder<CreditPolicy> b)
    {
        b.HasIndex(p => p.Grade).IsUnique();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.UpdatedBy).WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.Restrict);

        // Every database starts with the policy defaults of docs/domain.md (the demo's too); the director changes them.
        var since = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        b.HasData(
            new CreditPolicy { Id = 1, Grade = CustomerGrade.A, CreditLimit = 5_000_000m, PaymentTermDays = 90, Version = 1, UpdatedAt = since },
            new CreditPolicy { Id = 2, Grade = CustomerGrade.B, CreditLimit = 1_000_000m, PaymentTermDays = 60, Version = 1, UpdatedAt = since },
            new CreditPolicy { Id = 3, Grade = CustomerGrade.C, CreditLimit = 200_000m, PaymentTermDays = 30, Version = 1, UpdatedAt = since });
    }
}

internal sealed class GradeProposalConfiguration : IEntityTypeConfiguration<GradeProposal>
{
    public void Configure(EntityTypeBuilder<GradeProposal> b)
    {
        b.HasIndex(p => new { p.CustomerId, p.Status });
        // The director's inbox reads pending proposals oldest first.
        b.HasIndex(p => new { p.Status, p.Id });
        b.Property(p => p.Reason).HasMaxLength(1000);
        b.Property(p => p.DecisionNote).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Customer).WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ProposedBy).WithMany().HasForeignKey(p => p.ProposedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.DecidedBy).WithMany().HasForeignKey(p => p.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
