using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Kpis;

/// <summary>
/// Keeps the KPI summary tables in step with every mutation, by difference: finds the contracts and customers whose
/// contribution a write changes — changed contracts and customers, the contracts of changed lines, invoices, payments
/// and credit notes (their return's or their invoice's), the customers of changed shipments, every contract of a regraded customer — reads what they add
/// to the summary rows before the save and after it, and adds the difference (<see cref="KpiFacts.BeginChangeAsync"/>),
/// in the same transaction. A property test holds the tables equal to a full rebuild after every step of random writes.
/// </summary>
public sealed class KpiFactsMaintenance : IDerivedRows
{
    /// <inheritdoc />
    public async Task<Func<CancellationToken, Task>> PrepareAsync(SalesGraphDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = new KpiFacts.ChangedIds();
        var regraded = new HashSet<int>();
        var returns = new HashSet<int>();
        var credited = new HashSet<int>();
        var added = new List<object>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.State == EntityState.Added)
            {
                // Ids the save assigns are read after it.
                added.Add(entry.Entity);
            }

            switch (entry.Entity)
            {
                case Contract when Rebooked(entry):
                    changed.AllOf(Values(entry, nameof(Contract.Id)));
                    break;
                case Contract when Counts(entry):
                    changed.Sales.UnionWith(Values(entry, nameof(Contract.Id)));
                    break;
                case Customer customer:
                    changed.Customers.UnionWith(Values(entry, nameof(Customer.Id)));
                    if (entry.State == EntityState.Deleted || entry.Property(nameof(Customer.Grade)).IsModified)
                    {
                        regraded.Add(customer.Id);
                    }

                    break;
                case CreditNote:
                    returns.UnionWith(Values(entry, nameof(CreditNote.ReturnRequestId)));
                    credited.UnionWith(Values(entry, nameof(CreditNote.InvoiceId)));
                    break;
                case ContractLine when LineCounts(entry):
                    changed.Sales.UnionWith(Values(entry, nameof(ContractLine.ContractId)));
                    break;
                case Invoice or Payment:
                    changed.Billing.UnionWith(Values(entry, nameof(Invoice.ContractId)));
                    break;
                case Shipment:
                    // Shipments are booked to their customer (KpiMeasures.Shipments); returns of their goods to their contract.
                    changed.Customers.UnionWith(Values(entry, nameof(Shipment.CustomerId)));
                    changed.Returns.UnionWith(Values(entry, nameof(Shipment.ContractId)));
                    break;
            }
        }

        if (returns.Count > 0)
        {
            changed.Returns.UnionWith(await db.ReturnRequests.AsNoTracking()
                .Where(r => returns.Contains(r.Id) && r.Shipment!.ContractId != null).Select(r => r.Shipment!.ContractId!.Value).ToListAsync(ct));
        }

        if (credited.Count > 0)
        {
            // A credit against an invoice lowers its overdue balance, booked to the invoice's contract.
            changed.Billing.UnionWith(await db.Invoices.AsNoTracking().Where(i => credited.Contains(i.Id)).Select(i => i.ContractId).ToListAsync(ct));
        }

        if (regraded.Count > 0)
        {
            // The grade is a key of every row a customer's contracts add to.
            changed.AllOf(await db.Contracts.AsNoTracking().Where(c => regraded.Contains(c.CustomerId)).Select(c => c.Id).ToListAsync(ct));
        }

        var change = await KpiFacts.BeginChangeAsync(db, changed, ct);
        return token => change.CompleteAsync(ids =>
        {
            foreach (var e in added)
            {
                switch (e)
                {
                    case Contract c when Counted(c):
                        ids.Sales.Add(c.Id);
                        break;
                    case ContractLine l when l.Contract is not { } c || Counted(c):
                        ids.Sales.Add(l.ContractId);
                        break;
                    case Invoice i:
                        ids.Billing.Add(i.ContractId);
                        break;
                    case Payment p:
                        ids.Billing.Add(p.ContractId);
                        break;
                    case Customer c:
                        ids.Customers.Add(c.Id);
                        break;
                    case Shipment s:
                        ids.Customers.Add(s.CustomerId);
                        if (s.ContractId is { } contract)
                        {
                            ids.Returns.Add(contract);
                        }

                        break;
                }
            }
        }, token);
    }

    private static readonly Func<Contract, bool> Counted = KpiFacts.Counted.Compile();

    /// <summary>Whether a contract is booked elsewhere after the change (owner, region, customer), or is deleted: all it adds moves.</summary>
    private static bool Rebooked(EntityEntry entry) =>
        entry.State == EntityState.Deleted
        || (entry.State == EntityState.Modified && (entry.Property(nameof(Contract.OwnerId)).IsModified
            || entry.Property(nameof(Contract.RegionId)).IsModified || entry.Property(nameof(Contract.CustomerId)).IsModified));

    /// <summary>
    /// Whether a contract's change can change its sales (not rebooked): whether it counts (<see cref="KpiFacts.Counted"/>,
    /// before and after), and, while it counts, its signing day and totals. Drafting, submitting, approving without
    /// signing and activating read nothing; where its invoices and payments are booked does not change.
    /// </summary>
    private static bool Counts(EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            return Counted((Contract)entry.Entity);
        }

        var (before, after) = (Counted((Contract)entry.OriginalValues.ToObject()), Counted((Contract)entry.Entity));
        return before != after || (after && new[] { nameof(Contract.SignedOn), nameof(Contract.AgreedTotal), nameof(Contract.ListTotal), nameof(Contract.CostTotal) }
            .Any(p => entry.Property(p).IsModified));
    }

    /// <summary>Whether a line's change can change what its contract adds: not while the contract, tracked here, never counted.</summary>
    private static bool LineCounts(EntityEntry entry) =>
        entry.Reference(nameof(ContractLine.Contract)).TargetEntry is not { } contract
        || contract.State == EntityState.Deleted
        || Counted((Contract)contract.Entity)
        || (contract.State != EntityState.Added && Counted((Contract)contract.OriginalValues.ToObject()));

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
