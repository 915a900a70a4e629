using SalesGraph.Resolving.Writes;
using SalesGraph.GraphQL;

namespace SalesGraph.Kpis;

/// <summary>Registers the KPIs feature.</summary>
public static class KpisFeature
{
    public static IServiceCollection AddKpis(this IServiceCollection services)
    {
        services.AddSingleton<KpiReader>();
        services.AddSingleton<IDerivedRows, KpiFactsMaintenance>();
        return services.AddQueryFields<KpiQueries>();
    }
}
