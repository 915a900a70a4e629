using SalesGraph.GraphQL;

namespace SalesGraph.Regions;

/// <summary>Registers the Regions feature.</summary>
public static class RegionsFeature
{
    public static IServiceCollection AddRegions(this IServiceCollection services) =>
        services.AddQueryFields<RegionQueries>();
}
