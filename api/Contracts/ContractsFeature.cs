using SalesGraph.GraphQL;

namespace SalesGraph.Contracts;

/// <summary>Registers the Contracts feature.</summary>
public static class ContractsFeature
{
    public static IServiceCollection AddContracts(this IServiceCollection services) =>
        services.AddQueryFields<ContractQueries>();
}
