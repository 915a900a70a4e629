namespace SalesGraph.GraphQL.Querying;

/// <summary>A sort direction.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Ascending,

    /// <summary>Largest first.</summary>
    Descending,
}
