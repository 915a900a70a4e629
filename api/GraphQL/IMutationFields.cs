using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>A feature's root mutation fields; the root <see cref="RootMutation"/> collects every registered one.</summary>
public interface IMutationFields
{
    /// <summary>Adds the feature's fields to the root mutation type.</summary>
    void AddTo(ObjectGraphType mutation);
}
