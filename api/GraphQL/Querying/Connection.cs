namespace SalesGraph.GraphQL.Querying;

/// <summary>A page of a connection, seen without its node type (what the generic graph types read).</summary>
public interface IConnection
{
    /// <summary>The page's edges, in order.</summary>
    IEnumerable<IEdge> EdgeObjects { get; }

    /// <summary>The page's nodes, in order (the <c>nodes</c> shortcut).</summary>
    IEnumerable<object?> NodeObjects { get; }

    /// <summary>Where the page sits: cursors of its ends and whether more rows lie on either side.</summary>
    PageInfo PageInfo { get; }

    /// <summary>Computed only when the query selects <c>totalCount</c>.</summary>
    int? TotalCount { get; }
}

/// <summary>An edge seen without its node type.</summary>
public interface IEdge
{
    /// <summary>The opaque cursor that pages after or before this edge.</summary>
    string Cursor { get; }

    /// <summary>The edge's node.</summary>
    object? NodeObject { get; }
}

/// <summary>A page of a Relay connection.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount) : IConnection
{
    /// <summary>The nodes of <see cref="Edges"/>, in order.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    IEnumerable<IEdge> IConnection.EdgeObjects => Edges;

    // An array, so the executer sizes its list of item nodes once and walks it by index.
    IEnumerable<object?> IConnection.NodeObjects => Edges.Select(e => (object?)e.Node).ToArray();

    /// <summary>An empty page.</summary>
    public static Connection<T> Empty(int? totalCount) => new([], new PageInfo(false, false, null, null), totalCount);
}

/// <summary>A node with its cursor, encoded only when read (most queries select nodes, not cursors).</summary>
/// <param name="node">The node.</param>
/// <param name="cursorOf">Encodes the cursor of a node.</param>
public sealed class Edge<T>(T node, Func<T, string> cursorOf) : IEdge
{
    private string? _cursor;

    /// <summary>The node's opaque cursor.</summary>
    public string Cursor => _cursor ??= cursorOf(Node);

    /// <summary>The node.</summary>
    public T Node { get; } = node;

    object? IEdge.NodeObject => Node;
}

/// <summary>Relay page information; the cursors are those of the page's first and last edges.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, IEdge? first, IEdge? last)
{
    /// <summary>Whether items follow this page.</summary>
    public bool HasNextPage { get; } = hasNextPage;

    /// <summary>Whether items precede this page.</summary>
    public bool HasPreviousPage { get; } = hasPreviousPage;

    /// <summary>The cursor of the first item, or null on an empty page.</summary>
    public string? StartCursor => first?.Cursor;

    /// <summary>The cursor of the last item, or null on an empty page.</summary>
    public string? EndCursor => last?.Cursor;
}
