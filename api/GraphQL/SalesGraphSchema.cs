using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>The SalesGraph schema: the root types assembled from the features.</summary>
public sealed class SalesGraphSchema : Schema
{
    public SalesGraphSchema(IServiceProvider services, RootQuery query)
        : base(services)
    {
        Description = "SalesGraph: one governed GraphQL API for running a sales organization.";
        Query = query;
    }
}
