using SalesGraph.GraphQL;

namespace SalesGraph.Resolving.Writes;

/// <summary>Registers the write machinery shared by every feature's mutations.</summary>
public static class WritesFeature
{
    /// <summary>Registers <see cref="MutationRunner"/> and the <see cref="MutationCatalog"/> of every feature's declarations.</summary>
    public static IServiceCollection AddWrites(this IServiceCollection services)
    {
        services.AddSingleton<MutationRunner>();
        services.AddSingleton<MutationCatalog>();
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<MutationCatalog>());
        return services;
    }

    /// <summary>Registers <typeparamref name="TMutations"/>, a feature's mutation declarations and handlers.</summary>
    public static IServiceCollection AddMutations<TMutations>(this IServiceCollection services)
        where TMutations : class, IDeclaresMutations
    {
        services.AddSingleton<IDeclaresMutations, TMutations>();
        return services;
    }
}
