using Microsoft.Extensions.Options;
using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Orders;

/// <summary>Registers the Orders feature (the order desk's sales orders).</summary>
public static class OrdersFeature
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrderDeskOptions>().BindConfiguration(OrderDeskOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrderDeskOptions>, OrderDeskOptionsValidator>();
        return services
            .AddQueryFields<SalesOrderQueries>()
            .AddMutations<SalesOrderMutations>();
    }
}
