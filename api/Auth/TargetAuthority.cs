using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who may set or split which target (销售目标): company and region targets are the director's; a rep's target is
/// also the manager's of the rep's region (the rep's region lies in the manager's region subtree,
/// <see cref="AccessMatrix.IsInSubtree"/>). Splitting a target sets its parts, so the same rule decides each part.
/// </summary>
public static class TargetAuthority
{
    /// <summary>
    /// Why <paramref name="caller"/> may not set a target of <paramref name="scope"/>, or null when it may.
    /// </summary>
    /// <param name="caller">Who sets it.</param>
    /// <param name="scope">The target's scope.</param>
    /// <param name="repRegionPath">For a rep's target, the rep's region path.</param>
    /// <param name="callerRegionPath">The caller's region path, when it has a region.</param>
    public static string? RefusalToSet(Caller caller, TargetScope scope, string? repRegionPath, string? callerRegionPath)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role == StaffRole.Director)
        {
            return null;
        }

        if (scope == TargetScope.Staff && caller.Role == StaffRole.RegionalManager && caller.RegionId is not null && repRegionPath is not null)
        {
            return callerRegionPath is not null && AccessMatrix.IsInSubtree(repRegionPath, callerRegionPath)
                ? null
                : "You set targets of your own region's reps only.";
        }

        return scope == TargetScope.Staff
            ? "A rep's target is set by the director or the manager of the rep's region."
            : $"{scope} targets are set by the director.";
    }

    /// <summary>Whether the caller's region path is needed to decide (a manager setting a rep's target).</summary>
    public static bool NeedsCallerRegion(Caller caller, TargetScope scope, string? repRegionPath)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return scope == TargetScope.Staff && caller.Role == StaffRole.RegionalManager && caller.RegionId is not null && repRegionPath is not null;
    }
}
