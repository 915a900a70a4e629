using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>The root <c>Mutation</c> type, assembled from the features' <see cref="IMutationFields"/>.</summary>
public sealed class RootMutation : ObjectGraphType
{
    /// <summary>Collects every feature's mutation fields.</summary>
    public RootMutation(IEnumerable<IMutationFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Mutation";
        Description = "The entry points for writing; each runs in one transaction and is audited.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
