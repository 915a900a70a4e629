namespace SalesGraph.GraphQL.Querying;

/// <summary>A page of a connection, seen without its node type (what the generic graph types read).</summary>
public interface IConnection
{
    IEnumerable<IEdge> EdgeObjects { get; }

    IEnumerable<object?> NodeObjects { get; }

    PageInfo PageInfo { get; }

    /// <summary>Computed only when the query selects <c>totalCount</c>.</summary>
    int? TotalCount { get; }
}

/// <summary>An edge seen without its node type.</summary>
public interface IEdge
{
    string Cursor { get; }

    object? NodeObject { get; }
}

/// <summary>A page of a Relay connection.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount) : IConnection
{
    /// <summary>The nodes of <see cref="Edges"/>, in order.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    IEnumerable<IEdge> IConnection.EdgeObjects => Edges;

    IEnumerable<object?> IConnection.NodeObjects => Edges.Select(e => (object?)e.Node);

    /// <summary>An empty page.</summary>
    public static Connection<T> Empty(int? totalCount) => new([], new PageInfo(false, false, null, null), totalCount);
}

/// <summary>A node with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.NodeObject => Node;
}

/// <summary>Relay page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
