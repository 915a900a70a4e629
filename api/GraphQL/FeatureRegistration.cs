using SalesGraph.GraphQL.Relay;

namespace SalesGraph.GraphQL;

/// <summary>How a feature contributes root query fields and node types (mutations: <c>AddMutations</c> of the writes machinery).</summary>
public static class FeatureRegistration
{
    /// <summary>Registers <typeparamref name="TQueries"/> as root query fields, and as a node source when it is one.</summary>
    public static IServiceCollection AddQueryFields<TQueries>(this IServiceCollection services)
        where TQueries : class, IQueryFields
    {
        services.AddSingleton<TQueries>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<TQueries>());
        if (typeof(INodeSource).IsAssignableFrom(typeof(TQueries)))
        {
            services.AddSingleton(sp => (INodeSource)sp.GetRequiredService<TQueries>());
        }

        return services;
    }
}
