using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>The root <c>Query</c> type, assembled from the features' <see cref="IQueryFields"/>.</summary>
public sealed class RootQuery : ObjectGraphType
{
    /// <summary>Collects every feature's root query fields.</summary>
    public RootQuery(IEnumerable<IQueryFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Query";
        Description = "The entry points for reading.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
