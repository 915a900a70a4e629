using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Billing;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Contracts;

/// <summary>
/// <c>Contract.approvalState</c> for a batch of contracts: what each PENDING_APPROVAL one needs (<see cref="ContractApprovals"/>'
/// facts, read for the whole batch), what it was given since its last submission, and who may act. The caller's row
/// scope has already chosen the contracts; the approvers are staff, whom every person may see.
/// </summary>
internal static class ContractApprovalStates
{
    public static async Task<Dictionary<int, ContractApprovalState?>> OfContractsAsync(
        SalesGraphDbContext db, int[] ids, ApprovalOptions options, CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => EF.Parameter(ids).Contains(c.Id) && c.Status == ContractStatus.PendingApproval)
            .Select(c => new { c.Id, c.CustomerId, c.OwnerId, c.RegionId, c.DiscountAmount, c.AgreedTotal, c.Customer!.CreditLimit })
            .ToListAsync(cancellationToken);
        var result = ids.Distinct().ToDictionary(id => id, _ => (ContractApprovalState?)null);
        if (contracts.Count == 0)
        {
            return result;
        }

        int[] pending = [.. contracts.Select(c => c.Id)];
        var open = await Receivables.OfCustomersAsync(db, [.. contracts.Select(c => c.CustomerId).Distinct()], cancellationToken);
        var events = await db.ContractEvents.AsNoTracking()
            .Where(e => EF.Parameter(pending).Contains(e.ContractId) && (e.Kind == ContractEventKind.Submitted || e.Kind == ContractEventKind.Approved))
            .OrderBy(e => e.Id)
            .Select(e => new { e.ContractId, e.Kind, e.ApprovalLevel })
            .ToListAsync(cancellationToken);
        var parents = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.ParentId }).ToDictionaryAsync(r => r.Id, r => r.ParentId, cancellationToken);
        int[] owners = [.. contracts.Select(c => c.OwnerId).Distinct()];
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && (s.Role == StaffRole.Director || s.Role == StaffRole.RegionalManager || s.Role == StaffRole.Finance || EF.Parameter(owners).Contains(s.Id)))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);

        foreach (var c in contracts)
        {
            var needs = new ApprovalNeeds(DiscountApproval.RequiredLevel(c.DiscountAmount, c.AgreedTotal, options),
                DiscountApproval.NeedsFinance(open.GetValueOrDefault(c.CustomerId), c.AgreedTotal, c.CreditLimit));
            var given = new List<ApprovalLevel>();
            foreach (var e in events.Where(e => e.ContractId == c.Id))
            {
                if (e.Kind == ContractEventKind.Submitted)
                {
                    given.Clear();
                }
                else if (e.ApprovalLevel is { } level)
                {
                    given.Add(level);
                }
            }

            var waiting = ContractApprovalState.WaitingForOf(needs, given);
            var roles = ContractApprovalState.RolesFor(waiting);
            var regionLine = RegionAndAncestors(c.RegionId, parents);
            List<Staff> approvers = [.. staff.Where(s => roles.Contains(s.Role) && s.Role switch
            {
                StaffRole.SalesRep => s.Id == c.OwnerId,
                StaffRole.RegionalManager => s.RegionId is { } r && regionLine.Contains(r),
                _ => true,
            })];
            result[c.Id] = new ContractApprovalState(needs.Level, ContractApprovalState.RulesOf(c.DiscountAmount, c.AgreedTotal, needs, options),
                needs.Finance, given, waiting, roles, approvers);
        }

        return result;
    }

    private static HashSet<int> RegionAndAncestors(int regionId, Dictionary<int, int?> parents)
    {
        var line = new HashSet<int>();
        for (int? id = regionId; id is { } r && line.Add(r); id = parents.GetValueOrDefault(r))
        {
        }

        return line;
    }
}
