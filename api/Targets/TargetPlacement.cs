using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Targets;

/// <summary>Where a target sits in the target tree: its key within a year, the target it hangs under, the rep it belongs to.</summary>
internal static class TargetPlacement
{
    /// <summary>What identifies a target within a year: scope, region (for region and rep targets), rep, quarter, month.</summary>
    internal readonly record struct TargetKey(TargetScope Scope, int? RegionId, int? StaffId, int? Quarter, int? Month);

    public static IQueryable<Target> Find(IQueryable<Target> targets, int year, TargetKey key) =>
        key.Scope switch
        {
            TargetScope.Staff => targets.Where(t => t.Year == year && t.Scope == TargetScope.Staff && t.StaffId == key.StaffId && t.Quarter == key.Quarter && t.Month == key.Month),
            TargetScope.Region => targets.Where(t => t.Year == year && t.Scope == TargetScope.Region && t.RegionId == key.RegionId && t.Quarter == key.Quarter && t.Month == key.Month),
            _ => targets.Where(t => t.Year == year && t.Scope == TargetScope.Company && t.Quarter == key.Quarter && t.Month == key.Month),
        };

    public static async Task<(int RegionId, string RegionPath)?> RepAsync(WriteUnit w, int staffId)
    {
        var rep = await w.Db.Staff.AsNoTracking().Where(s => s.Id == staffId && s.Role == StaffRole.SalesRep && s.Region != null)
            .Select(s => new { RegionId = s.RegionId!.Value, s.Region!.Path }).FirstOrDefaultAsync(w.CancellationToken);
        return rep is null ? null : (rep.RegionId, rep.Path);
    }

    /// <summary>The target a new one hangs under: the enclosing period of the same scope, else the enclosing scope's yearly target.</summary>
    public static async Task<int?> ParentIdAsync(WriteUnit w, int year, TargetKey key)
    {
        if (key.Month is not null || key.Quarter is not null)
        {
            var enclosing = key with { Quarter = key.Month is null ? null : key.Quarter, Month = null };
            return await Find(w.Db.Targets, year, enclosing).Select(t => (int?)t.Id).FirstOrDefaultAsync(w.CancellationToken);
        }

        if (key.Scope == TargetScope.Company)
        {
            return null;
        }

        // The nearest enclosing region with a yearly target (a rep's own area first, then its 大区), else the company's.
        var path = await w.Db.Regions.Where(r => r.Id == key.RegionId).Select(r => r.Path).FirstAsync(w.CancellationToken);
        var candidates = await w.Db.Targets.AsNoTracking()
            .Where(t => t.Year == year && t.Scope == TargetScope.Region && t.Quarter == null && t.Month == null && t.Region != null)
            .Select(t => new { t.Id, t.RegionId, t.Region!.Path }).ToListAsync(w.CancellationToken);
        var region = candidates
            .Where(c => path.StartsWith(c.Path, StringComparison.Ordinal) && (key.Scope == TargetScope.Staff || c.RegionId != key.RegionId))
            .OrderByDescending(c => c.Path.Length).FirstOrDefault();
        return region?.Id ?? await Find(w.Db.Targets, year, new TargetKey(TargetScope.Company, null, null, null, null))
            .Select(t => (int?)t.Id).FirstOrDefaultAsync(w.CancellationToken);
    }
}
