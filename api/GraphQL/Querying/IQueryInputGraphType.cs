namespace SalesGraph.GraphQL.Querying;

/// <summary>A generated <c>where</c> or <c>order</c> input, carrying the model it was derived from.</summary>
public interface IQueryInputGraphType
{
    /// <summary>The entity model of the input.</summary>
    QueryableEntity Entity { get; }
}
