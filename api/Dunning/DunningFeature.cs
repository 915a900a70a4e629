using Microsoft.Extensions.Options;
using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Dunning;

/// <summary>Registers the Dunning feature: collection notices, promises to pay and escalation (催收).</summary>
public static class DunningFeature
{
    public static IServiceCollection AddDunning(this IServiceCollection services)
    {
        services.AddOptions<DunningOptions>().BindConfiguration(DunningOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DunningOptions>, DunningOptionsValidator>();
        return services.AddQueryFields<CollectionNoticeQueries>().AddMutations<DunningMutations>();
    }
}
