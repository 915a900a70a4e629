using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Targets;

/// <summary>The <c>targets</c> and <c>target(id:)</c> root fields.</summary>
public sealed class TargetQueries() : EntityQueries<Target, TargetGraphType>(
    "Target", "targets", "target", "Sales targets in the caller's scope.");
