using GraphQL.Types;

namespace SalesGraph.GraphQL.Relay;

/// <summary>Makes an object type a Relay node.</summary>
public static class NodeFields
{
    /// <summary>Adds the global <c>id</c> field and the <c>Node</c> interface to <paramref name="type"/>.</summary>
    public static void NodeId<TSource>(this ObjectGraphType<TSource> type, Func<TSource, long> localId)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(localId);
        var typeName = type.Name;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global, opaque id; use it with `node(id:)` and in mutations.")
            .Resolve(c => GlobalId.Encode(typeName, localId(c.Source)));
        type.Interface<NodeInterfaceGraphType>();
        type.IsTypeOf = o => o is TSource;
    }
}
