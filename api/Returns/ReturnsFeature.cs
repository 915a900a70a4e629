using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Returns;

/// <summary>Registers the Returns feature: returns (退货) and their credit notes.</summary>
public static class ReturnsFeature
{
    public static IServiceCollection AddReturns(this IServiceCollection services) =>
        services
            .AddQueryFields<ReturnQueries>()
            .AddQueryFields<CreditNoteQueries>()
            .AddMutations<ReturnMutations>();
}
