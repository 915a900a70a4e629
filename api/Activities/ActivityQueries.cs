using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Activities;

/// <summary>The <c>activities</c> and <c>activity(id:)</c> root fields.</summary>
public sealed class ActivityQueries() : EntityQueries<Activity, ActivityGraphType>(
    "Activity", "activities", "activity", "Activities on the customers in the caller's scope.");
