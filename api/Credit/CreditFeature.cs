using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Credit;

/// <summary>Registers the Credit feature: the credit policy by grade and the grade proposals (decision 030).</summary>
public static class CreditFeature
{
    public static IServiceCollection AddCredit(this IServiceCollection services) =>
        services
            .AddQueryFields<CreditPolicyQueries>()
            .AddQueryFields<GradeProposalQueries>()
            .AddMutations<CreditMutations>();
}
