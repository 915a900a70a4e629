using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data;

/// <summary>
/// The PostgreSQL flavour of the model, with its own migrations (<c>Data/Migrations/Postgres</c>). Money and rates are
/// native <c>numeric(18,2)</c>/<c>numeric(9,4)</c>, so no converter is needed. It adds the table of recent failed
/// sign-ins that <see cref="Auth.DatabaseLoginThrottle"/> shares between instances: a SQLite deployment is a single
/// instance and keeps that count in memory.
/// </summary>
public sealed class PostgresSalesGraphDbContext(DbContextOptions<PostgresSalesGraphDbContext> options)
    : SalesGraphDbContext(options)
{
    /// <summary>Recent failed sign-ins, counted by every instance (PostgreSQL only).</summary>
    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Configured here rather than in Configurations/, which every provider's model applies.
        modelBuilder.Entity<LoginFailure>(b =>
        {
            b.ToTable("LoginFailures");
            b.Property(f => f.Key).HasMaxLength(300);
            b.HasIndex(f => new { f.Key, f.At });
            b.HasIndex(f => f.At);
        });
    }
}
