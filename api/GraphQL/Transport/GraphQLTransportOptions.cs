using System.ComponentModel.DataAnnotations;

namespace SalesGraph.GraphQL.Transport;

/// <summary>Settings of the GraphQL-over-HTTP endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GraphQL";

    /// <summary>The largest accepted request body in bytes; larger requests get 413. Default 1 MiB.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never can). Default true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Whether GET requests that accept <c>text/html</c> get the GraphiQL IDE. Unset means: only in the Development
    /// environment.
    /// </summary>
    public bool? EnableGraphiQL { get; set; }
}
