using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

using static SalesGraph.Targets.TargetFigures;
using static SalesGraph.Targets.TargetPlacement;

namespace SalesGraph.Targets;

/// <summary>
/// Targets (销售目标): the director sets company and region targets; a regional manager sets and splits its reps'.
/// A split's parts must sum exactly to the parent, so the figures of every level stay consistent.
/// </summary>
public sealed class TargetMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    private const int MaxParts = 100;

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<SetTargetInputGraphType, SetTargetInput>(
            "setTarget", WriteRules.Targets,
            "Creates or changes the target of a period and scope: company and region targets by the director, a rep's by the director " +
            "or the manager of the rep's region." + Errors,
            "target", typeof(TargetGraphType), SetAsync),
        MutationDeclaration.Of<SplitTargetInputGraphType, SplitTargetInput>(
            "splitTarget", WriteRules.Targets,
            "Splits a target into regions, reps, quarters or months whose figures sum exactly to it (a gap is a VALIDATION " +
            "error naming it); who may set the parts may split. Returns the parent." + Errors,
            "target", typeof(TargetGraphType), SplitAsync),
    ];

    // ── setTarget ────────────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> SetAsync(WriteUnit w, SetTargetInput input)
    {
        var check = new InputCheck();
        check.That(input.Year is >= 2000 and <= 2100, "Between 2000 and 2100.", "input", "year");
        var quarter = CheckPeriod(check, input.Quarter, input.Month, "input");
        var regionId = check.Id(input.RegionId, "Region", "input", "regionId");
        var staffId = check.Id(input.StaffId, "Staff", "input", "staffId");
        check.That(input.RegionId is null || input.StaffId is null, "Name a region or a rep, not both.", "input", "staffId");
        CheckFigures(check, input.SalesAmount, input.CollectionAmount, input.NewCustomers, "input");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var key = new TargetKey(TargetScope.Company, null, null, quarter, input.Month);
        if (staffId is { } sid)
        {
            var rep = await RepAsync(w, sid);
            if (rep is null)
            {
                return MutationPayload.Refused([UserError.NotFound("No sales rep with this id.", "input", "staffId")]);
            }

            await DemandAsync(w, TargetScope.Staff, rep.Value.RegionPath, "input", "staffId");
            key = key with { Scope = TargetScope.Staff, RegionId = rep.Value.RegionId, StaffId = sid };
        }
        else if (regionId is { } rid)
        {
            if (!await w.Db.Regions.AnyAsync(r => r.Id == rid, w.CancellationToken))
            {
                return MutationPayload.Refused([UserError.NotFound("No region with this id.", "input", "regionId")]);
            }

            await DemandAsync(w, TargetScope.Region, null, "input", "regionId");
            key = key with { Scope = TargetScope.Region, RegionId = rid };
        }
        else
        {
            await DemandAsync(w, TargetScope.Company, null, "input");
        }

        var target = await Find(w.Db.Targets, input.Year, key).FirstOrDefaultAsync(w.CancellationToken);
        if (target is not null)
        {
            if (await w.StaleAsync(target, target.Version, input.Version) is { } conflict)
            {
                return conflict;
            }

            if (SetFigures(target, input.SalesAmount, input.CollectionAmount, input.NewCustomers))
            {
                target.Version++;
            }

            return MutationPayload.Ok(target);
        }

        target = new Target
        {
            Year = input.Year, Quarter = key.Quarter, Month = key.Month, Scope = key.Scope, RegionId = key.RegionId, StaffId = key.StaffId,
            ParentId = await ParentIdAsync(w, input.Year, key), Version = 1,
        };
        SetFigures(target, input.SalesAmount, input.CollectionAmount, input.NewCustomers);
        w.Db.Targets.Add(target);
        return MutationPayload.Ok(target);
    }

    // ── splitTarget ──────────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> SplitAsync(WriteUnit w, SplitTargetInput input)
    {
        var check = new InputCheck();
        var parentId = check.Id(input.TargetId, "Target", "input", "targetId");
        if (!check.That(input.Children.Count is >= 1 and <= MaxParts, $"1 to {MaxParts} parts.", "input", "children") || parentId is null)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Target>(parentId.Value, "input", "targetId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var parent = found.Entity;

        if (await w.StaleAsync(parent, parent.Version, input.Version) is { } conflict)
        {
            return conflict;
        }

        var parentRegionPath = parent.RegionId is { } prid
            ? await w.Db.Regions.Where(r => r.Id == prid).Select(r => r.Path).FirstAsync(w.CancellationToken)
            : null;
        var keys = new List<TargetKey>(input.Children.Count);
        for (var i = 0; i < input.Children.Count; i++)
        {
            var part = input.Children[i];
            object[] at = ["input", "children", i];
            CheckFigures(check, part.SalesAmount, part.CollectionAmount, part.NewCustomers, at);
            var named = (part.RegionId is null ? 0 : 1) + (part.StaffId is null ? 0 : 1) + (part.Quarter is null && part.Month is null ? 0 : 1);
            if (!check.That(named == 1, "Name exactly one of a region, a rep or a period.", at))
            {
                continue;
            }

            var key = await PartKeyAsync(w, check, parent, parentRegionPath, part, at);
            if (key is null)
            {
                continue;
            }

            if (keys.Contains(key.Value))
            {
                check.Add(UserError.Validation("This part is named twice.", at));
                continue;
            }

            keys.Add(key.Value);
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, parent);
        }

        CheckSum(check, "sales amounts", input.Children.Sum(c => c.SalesAmount), parent.SalesAmount);
        CheckSum(check, "collection amounts", input.Children.Sum(c => c.CollectionAmount), parent.CollectionAmount);
        CheckSum(check, "new customers", input.Children.Sum(c => c.NewCustomers), parent.NewCustomers);
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, parent);
        }

        var existing = await w.Db.Targets.Where(t => t.ParentId == parent.Id).ToListAsync(w.CancellationToken);
        var byKey = existing.ToDictionary(t => new TargetKey(t.Scope, t.Scope == TargetScope.Company ? null : t.RegionId, t.StaffId, t.Quarter, t.Month));
        foreach (var dropped in byKey.Where(p => !keys.Contains(p.Key)).Select(p => p.Value))
        {
            if (await w.Db.Targets.AnyAsync(t => t.ParentId == dropped.Id, w.CancellationToken))
            {
                check.Add(UserError.Validation(
                    string.Create(CultureInfo.InvariantCulture, $"The existing part {Describe(dropped)} is split further; name it again."), "input", "children"));
                continue;
            }

            w.Db.Targets.Remove(dropped);
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, parent);
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var part = input.Children[i];
            if (byKey.TryGetValue(key, out var child))
            {
                if (SetFigures(child, part.SalesAmount, part.CollectionAmount, part.NewCustomers))
                {
                    child.Version++;
                }

                continue;
            }

            child = new Target
            {
                Year = parent.Year, Quarter = key.Quarter, Month = key.Month, Scope = key.Scope, RegionId = key.RegionId, StaffId = key.StaffId,
                ParentId = parent.Id, Version = 1,
            };
            SetFigures(child, part.SalesAmount, part.CollectionAmount, part.NewCustomers);
            w.Db.Targets.Add(child);
        }

        parent.Version++;
        return MutationPayload.Ok(parent);
    }

    /// <summary>The key of one part, after checking it fits under <paramref name="parent"/> and the caller may set it; null when refused.</summary>
    private static async Task<TargetKey?> PartKeyAsync(WriteUnit w, InputCheck check, Target parent, string? parentRegionPath, TargetPartInput part, object[] at)
    {
        if (part.RegionId is not null)
        {
            var id = check.Id(part.RegionId, "Region", [.. at, "regionId"]);
            if (id is null)
            {
                return null;
            }

            var region = await w.Db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Id, r.Path }).FirstOrDefaultAsync(w.CancellationToken);
            if (region is null)
            {
                check.Add(UserError.NotFound("No region with this id.", [.. at, "regionId"]));
                return null;
            }

            var fits = parent.Scope == TargetScope.Company
                || (parent.Scope == TargetScope.Region && parentRegionPath is not null && region.Path != parentRegionPath && AccessMatrix.IsInSubtree(region.Path, parentRegionPath));
            if (!check.That(fits, "A region part belongs under a company target, or under the target of an enclosing region.", [.. at, "regionId"]))
            {
                return null;
            }

            await DemandAsync(w, TargetScope.Region, null, [.. at, "regionId"]);
            return new TargetKey(TargetScope.Region, region.Id, null, parent.Quarter, parent.Month);
        }

        if (part.StaffId is not null)
        {
            var id = check.Id(part.StaffId, "Staff", [.. at, "staffId"]);
            if (id is null)
            {
                return null;
            }

            var rep = await RepAsync(w, id.Value);
            if (rep is null)
            {
                check.Add(UserError.NotFound("No sales rep with this id.", [.. at, "staffId"]));
                return null;
            }

            var fits = parent.Scope == TargetScope.Region && parentRegionPath is not null && AccessMatrix.IsInSubtree(rep.Value.RegionPath, parentRegionPath);
            if (!check.That(fits, "A rep part belongs under the target of the rep's region.", [.. at, "staffId"]))
            {
                return null;
            }

            await DemandAsync(w, TargetScope.Staff, rep.Value.RegionPath, [.. at, "staffId"]);
            return new TargetKey(TargetScope.Staff, rep.Value.RegionId, id, parent.Quarter, parent.Month);
        }

        // A period part: a quarter of a yearly target or a month of a quarterly one, in the parent's scope.
        bool ok = parent.Month is null && (parent.Quarter is null
            ? part.Quarter is >= 1 and <= 4 && part.Month is null
            : part.Month is { } m && m >= 1 && m <= 12 && ((m - 1) / 3) + 1 == parent.Quarter && (part.Quarter is null || part.Quarter == parent.Quarter));
        if (!check.That(ok, "A yearly target splits into quarters (1–4), a quarterly one into its months, a monthly one not at all.", at))
        {
            return null;
        }

        var staffRegionPath = parent.Scope == TargetScope.Staff ? parentRegionPath : null;
        await DemandAsync(w, parent.Scope, staffRegionPath, at);
        return new TargetKey(parent.Scope, parent.Scope == TargetScope.Company ? null : parent.RegionId, parent.StaffId,
            part.Quarter ?? parent.Quarter, part.Month);
    }

    // ── authority ────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Throws AUTH_NOT_AUTHORIZED unless <see cref="TargetAuthority"/> lets the caller set a target of <paramref name="scope"/>.</summary>
    private static async Task DemandAsync(WriteUnit w, TargetScope scope, string? repRegionPath, params object[] field)
    {
        var callerRegionPath = TargetAuthority.NeedsCallerRegion(w.Caller, scope, repRegionPath)
            ? await w.Db.Regions.Where(r => r.Id == w.Caller.RegionId).Select(r => r.Path).FirstOrDefaultAsync(w.CancellationToken)
            : null;
        if (TargetAuthority.RefusalToSet(w.Caller, scope, repRegionPath, callerRegionPath) is { } refusal)
        {
            throw MutationErrors.NotAuthorized(refusal, field);
        }
    }
}
