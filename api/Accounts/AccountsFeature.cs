using SalesGraph.GraphQL;

namespace SalesGraph.Accounts;

/// <summary>Registers the Accounts feature: <c>me</c>.</summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) =>
        services.AddQueryFields<MeQueries>();
}
