using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.HasIndex(o => new { o.CustomerId, o.Id });
        // The pipeline review reads open opportunities by stage.
        b.HasIndex(o => new { o.Stage, o.Id });
        // The funnel KPI reads the opportunities created, and those closed, in a period.
        b.HasIndex(o => o.CreatedOn);
        b.HasIndex(o => o.ClosedOn);
        b.Property(o => o.LostReason).HasMaxLength(1000);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Customer).WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Owner).WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Contract).WithMany().HasForeignKey(o => o.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
