using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>HotChocolate's <c>SortEnumType { ASC DESC }</c>; parses to <see cref="SortDirection"/>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    /// <summary>Declares <c>ASC</c> and <c>DESC</c>.</summary>
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Add("ASC", SortDirection.Ascending, "Ascending: smallest, earliest, A first.");
        Add("DESC", SortDirection.Descending, "Descending: largest, latest, Z first.");
    }
}
