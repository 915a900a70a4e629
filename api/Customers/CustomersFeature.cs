using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Customers;

/// <summary>Registers the Customers feature.</summary>
public static class CustomersFeature
{
    public static IServiceCollection AddCustomers(this IServiceCollection services) =>
        services.AddQueryFields<CustomerQueries>()
            .AddMutations<CustomerMutations>();
}
