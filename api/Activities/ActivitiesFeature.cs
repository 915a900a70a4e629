using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Activities;

/// <summary>Registers the Activities feature.</summary>
public static class ActivitiesFeature
{
    public static IServiceCollection AddActivities(this IServiceCollection services) =>
        services.AddQueryFields<ActivityQueries>()
            .AddMutations<ActivityMutations>();
}
