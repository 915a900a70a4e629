using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> b)
    {
        // The unique index is what makes a key hold when two requests (or two instances) race.
        b.HasIndex(k => new { k.Scope, k.Key }).IsUnique();
        b.Property(k => k.Scope).HasMaxLength(100);
        b.Property(k => k.Key).HasMaxLength(100);
        b.Property(k => k.Operation).HasMaxLength(64);
        b.Property(k => k.EntityType).HasMaxLength(64);
    }
}
