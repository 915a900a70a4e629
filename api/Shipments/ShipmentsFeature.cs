using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Shipments;

/// <summary>Registers the Shipments feature.</summary>
public static class ShipmentsFeature
{
    public static IServiceCollection AddShipments(this IServiceCollection services) =>
        services.AddQueryFields<ShipmentQueries>().AddMutations<ShipmentMutations>();
}
