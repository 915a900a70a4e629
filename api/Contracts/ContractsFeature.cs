using Microsoft.Extensions.Options;
using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Contracts;

/// <summary>Registers the Contracts feature.</summary>
public static class ContractsFeature
{
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApprovalOptions>, ApprovalOptionsValidator>();
        return services
            .AddQueryFields<ContractQueries>()
            .AddMutations<ContractMutations>();
    }
}
