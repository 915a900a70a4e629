using SalesGraph.GraphQL;

namespace SalesGraph.Products;

/// <summary>Registers the Products feature.</summary>
public static class ProductsFeature
{
    public static IServiceCollection AddProducts(this IServiceCollection services) =>
        services.AddQueryFields<ProductQueries>();
}
