using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Funnel;

/// <summary>Registers the Funnel feature (商机: opportunities through LEAD → INTENTION → QUOTE → WON/LOST).</summary>
public static class FunnelFeature
{
    public static IServiceCollection AddFunnel(this IServiceCollection services) =>
        services
            .AddQueryFields<OpportunityQueries>()
            .AddQueryFields<FunnelReviewQueries>()
            .AddMutations<OpportunityMutations>();
}
