using SalesGraph.GraphQL;

namespace SalesGraph.StaffDirectory;

/// <summary>Registers the Staff feature.</summary>
public static class StaffFeature
{
    public static IServiceCollection AddStaff(this IServiceCollection services) =>
        services.AddQueryFields<StaffQueries>();
}
