namespace SalesGraph.Data.Writes;

/// <summary>Registers the write machinery shared by every feature's mutations.</summary>
public static class WritesFeature
{
    /// <summary>Registers <see cref="MutationRunner"/>.</summary>
    public static IServiceCollection AddWrites(this IServiceCollection services)
    {
        services.AddSingleton<MutationRunner>();
        return services;
    }
}
