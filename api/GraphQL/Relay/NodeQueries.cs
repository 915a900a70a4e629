using GraphQL;
using GraphQL.Types;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Relay;

/// <summary>The Relay <c>node(id:)</c> and <c>nodes(ids:)</c> root fields.</summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Fetches any object by its global id; null (with a NOT_FOUND error) when it does not exist or is out of the caller's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id.")
            .ResolveAsync(async c => await FindAsync(c, c.GetArgument<string>("id")));
    }

    private async Task<object?> FindAsync(IResolveFieldContext context, string id)
    {
        var decoded = GlobalId.TryDecode(id);
        if (decoded is not { } d || !_sources.TryGetValue(d.TypeName, out var source) || d.Id is < 1 or > int.MaxValue)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "'id' is not a valid global id.");
        }

        return await source.FindAsync(context, (int)d.Id)
            ?? throw new CodedExecutionError(ErrorCodes.NotFound, $"No {d.TypeName} with this id.");
    }
}
