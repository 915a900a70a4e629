using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>A feature's root query fields; the root <see cref="RootQuery"/> collects every registered one.</summary>
public interface IQueryFields
{
    /// <summary>Adds the feature's fields to the root query type.</summary>
    void AddTo(ObjectGraphType query);
}
