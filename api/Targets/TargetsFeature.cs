using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Targets;

/// <summary>Registers the Targets feature.</summary>
public static class TargetsFeature
{
    public static IServiceCollection AddTargets(this IServiceCollection services) =>
        services.AddSingleton<TargetTreeReader>()
            .AddQueryFields<TargetQueries>()
            .AddQueryFields<TargetTreeQueries>()
            .AddMutations<TargetMutations>();
}
