using GraphQL;
using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Resolving;

/// <summary>
/// The standard root fields of an entity — a scoped connection (<c>customers</c>) and a lookup by global id
/// (<c>customer(id:)</c>) — and its <c>node(id:)</c> source. Features derive one and add what is particular to them.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
/// <typeparam name="TGraphType">Its object graph type.</typeparam>
public abstract class EntityQueries<TEntity, TGraphType>(string typeName, string listField, string itemField, string description)
    : IQueryFields, INodeSource
    where TEntity : class, IHasId
    where TGraphType : IGraphType
{
    /// <summary>The default ordering: by id.</summary>
    public static readonly IReadOnlyList<SortKey<TEntity>> ById = [SortKey<TEntity>.Ascending(e => e.Id)];

    public string TypeName => typeName;

    public virtual void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Connection<object?, TGraphType>(listField)
            .Description(description)
            .ResolveAsync(async c => await c.ReadConnectionAsync(ById));
        query.Field<TGraphType>(itemField)
            .Description($"One {typeName} by its global id; null with a NOT_FOUND error when it does not exist or is out of the caller's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The global id of the {typeName}.")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>("id"), typeName, "id");
                return await c.FindAsync<TEntity>(id)
                    ?? throw new CodedExecutionError(ErrorCodes.NotFound, $"No {typeName} with this id.");
            });
    }

    public async Task<object?> FindAsync(IResolveFieldContext context, int id) => await context.FindAsync<TEntity>(id);
}
