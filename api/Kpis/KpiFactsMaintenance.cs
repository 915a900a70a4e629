using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Kpis;

/// <summary>
/// Keeps the KPI summary tables in step with every mutation: finds the reps whose rows a write changes — owners of a
/// changed contract or customer before and after the change, owners of the contracts whose invoices, payments,
/// shipments or lines change, owners of a regraded customer's contracts — and has <see cref="KpiFacts.RefreshAsync"/>
/// recompute them after the save, in the same transaction.
/// </summary>
public sealed class KpiFactsMaintenance : IDerivedRows
{
    /// <inheritdoc />
    public async Task<Func<CancellationToken, Task>> PrepareAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reps = new HashSet<int>();
        var contracts = new HashSet<int>();
        var regraded = new HashSet<int>();
        var returns = new HashSet<int>();
        var customers = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case Contract or Customer:
                    reps.UnionWith(Values(entry, nameof(Contract.OwnerId)));
                    if (entry.Entity is Customer customer && (entry.State == EntityState.Deleted || entry.Property(nameof(Customer.Grade)).IsModified))
                    {
                        regraded.Add(customer.Id);
                    }

                    break;
                case CreditNote { ReturnRequestId: { } returnRequestId }:
                    returns.Add(returnRequestId);
                    break;
                case ContractLine or Invoice or Payment:
                    contracts.UnionWith(Values(entry, nameof(Invoice.ContractId)));
                    break;
                case Shipment:
                    // Shipments are booked to their customer (KpiMeasures.Shipments).
                    customers.UnionWith(Values(entry, nameof(Shipment.CustomerId)));
                    break;
            }
        }

        if (returns.Count > 0)
        {
            contracts.UnionWith(await db.ReturnRequests.AsNoTracking()
                .Where(r => returns.Contains(r.Id) && r.Shipment!.ContractId != null).Select(r => r.Shipment!.ContractId!.Value).ToListAsync(ct));
        }

        if (contracts.Count > 0 || regraded.Count > 0)
        {
            reps.UnionWith(await db.Contracts.AsNoTracking()
                .Where(c => contracts.Contains(c.Id) || regraded.Contains(c.CustomerId))
                .Select(c => c.OwnerId).Distinct().ToListAsync(ct));
        }

        if (customers.Count > 0)
        {
            reps.UnionWith(await db.Customers.AsNoTracking().Where(c => customers.Contains(c.Id)).Select(c => c.OwnerId).Distinct().ToListAsync(ct));
        }

        return token => KpiFacts.RefreshAsync(db, reps, token);
    }

    /// <summary>The property's value before the change (unless added) and after it (unless deleted).</summary>
    private static IEnumerable<int> Values(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        if (entry.State != EntityState.Added && p.OriginalValue is int before)
        {
            yield return before;
        }

        if (entry.State != EntityState.Deleted && p.CurrentValue is int after)
        {
            yield return after;
        }
    }
}
