using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Statements;

/// <summary>Registers the Statements feature: monthly customer statements (对账单) and their answers.</summary>
public static class StatementsFeature
{
    public static IServiceCollection AddStatements(this IServiceCollection services) =>
        services.AddQueryFields<StatementQueries>().AddMutations<StatementMutations>();
}
