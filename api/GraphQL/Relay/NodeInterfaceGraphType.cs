using GraphQL.Types;

namespace SalesGraph.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every entity with a global id implements it.</summary>
public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    /// <summary>Declares the <c>Node</c> interface and its <c>id</c>.</summary>
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global, opaque id of the object.");
    }
}
