using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>The SalesGraph schema: the root types assembled from the features.</summary>
public sealed class SalesGraphSchema : Schema
{
    /// <summary>The schema over the root types, resolving graph types from <paramref name="services"/>.</summary>
    public SalesGraphSchema(IServiceProvider services, RootQuery query, RootMutation mutation)
        : base(services)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        Description = "SalesGraph: one governed GraphQL API for running a sales organization.";
        Query = query;
        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
            Mutations.UserErrorTypes.RegisterOn(this);
        }
    }
}
