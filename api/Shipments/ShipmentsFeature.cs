using SalesGraph.GraphQL;

namespace SalesGraph.Shipments;

/// <summary>Registers the Shipments feature.</summary>
public static class ShipmentsFeature
{
    public static IServiceCollection AddShipments(this IServiceCollection services) =>
        services.AddQueryFields<ShipmentQueries>().AddMutationFields<ShipmentMutations>();
}
