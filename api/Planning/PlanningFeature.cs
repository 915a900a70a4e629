using SalesGraph.GraphQL;

namespace SalesGraph.Planning;

/// <summary>Registers the Planning feature: the production stocking plan (生产备货计划) as a query and a CSV.</summary>
public static class PlanningFeature
{
    public static IServiceCollection AddPlanning(this IServiceCollection services) =>
        services.AddQueryFields<StockingPlanQueries>();
}
