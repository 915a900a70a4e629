using SalesGraph.GraphQL.Relay;

namespace SalesGraph.GraphQL;

/// <summary>How a feature contributes root fields and node types.</summary>
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

    /// <summary>Registers <typeparamref name="TMutations"/> as root mutation fields.</summary>
    public static IServiceCollection AddMutationFields<TMutations>(this IServiceCollection services)
        where TMutations : class, IMutationFields
    {
        services.AddSingleton<TMutations>();
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<TMutations>());
        return services;
    }
}
