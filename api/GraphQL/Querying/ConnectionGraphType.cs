using GraphQL;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// A Relay connection of <typeparamref name="TNodeGraphType"/> nodes in the HotChocolate shape
/// (<c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>), named after the node type, e.g. <c>CustomerConnection</c>.
/// </summary>
public sealed class ConnectionGraphType<TNodeGraphType> : ObjectGraphType<IConnection>, IPlumbingGraphType
    where TNodeGraphType : IGraphType
{
    /// <summary>Declares the connection's fields.</summary>
    public ConnectionGraphType()
    {
        var node = typeof(TNodeGraphType).GraphQLName();
        Name = $"{node}Connection";
        Description = $"A page of `{node}` items with cursors for the next and previous pages.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges")
            .Description("The items of this page with their cursors.")
            .Resolve(c => c.Source.EdgeObjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of this page.")
            .Resolve(c => c.Source.NodeObjects);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether more pages follow or precede, and the cursors to reach them.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list has (all pages) for the caller.")
            .Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>An edge of a connection: a node and its cursor.</summary>
public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<IEdge>, IPlumbingGraphType
    where TNodeGraphType : IGraphType
{
    /// <summary>Declares the edge's fields.</summary>
    public EdgeGraphType()
    {
        var node = typeof(TNodeGraphType).GraphQLName();
        Name = $"{node}Edge";
        Description = $"A `{node}` with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor; pass it as `after` or `before` to page from this item.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item.")
            .Resolve(c => c.Source.NodeObject);
    }
}

/// <summary>Relay page information.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>, IPlumbingGraphType
{
    /// <summary>Declares <c>PageInfo</c>'s fields.</summary>
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information to page through a connection.";
        Field(p => p.HasNextPage).Description("Whether items follow this page.");
        Field(p => p.HasPreviousPage).Description("Whether items precede this page (when paging backward; `true` after an `after` cursor).");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first item of this page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item of this page.");
    }
}
