using GraphQL;

namespace SalesGraph.GraphQL.Relay;

/// <summary>Fetches the objects of one node type by local id for <c>node(id:)</c>; features register one per type.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name the global ids carry.</summary>
    string TypeName { get; }

    /// <summary>The object, or null when it does not exist or the caller may not see it (both read as not found).</summary>
    Task<object?> FindAsync(IResolveFieldContext context, int id);
}
