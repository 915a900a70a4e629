using GraphQL;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// The <c>where</c> and <c>order</c> arguments of a connection field as parsed, with the models of their inputs, read
/// once while the field resolves so they can be translated later (e.g. inside a batch).
/// </summary>
/// <param name="Where">The parsed <c>where</c> value, or null.</param>
/// <param name="Order">The parsed <c>order</c> value, or null.</param>
/// <param name="Entity">The model of the node type, or null when the field has no such arguments.</param>
/// <param name="Services">The request's services, which computed fields bind their keys with (<see cref="ComputedQueryField"/>).</param>
public sealed record ListArguments(object? Where, object? Order, QueryableEntity? Entity, IServiceProvider? Services = null)
{
    /// <summary>Reads the arguments of the current field.</summary>
    public static ListArguments From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entity = (context.FieldDefinition.Arguments?.Find("where")?.ResolvedType as IQueryInputGraphType)?.Entity;
        return new ListArguments(Value(context, "where"), Value(context, "order"), entity, context.RequestServices);
    }

    /// <summary>
    /// The filter (null when none) and the ordering (<paramref name="defaultOrder"/> when none; otherwise the requested
    /// keys, then <paramref name="defaultOrder"/> as tie-break). Throws <c>AUTH_NOT_AUTHORIZED</c> for a field the
    /// caller may not use, <c>VALIDATION</c> for an argument out of bounds.
    /// </summary>
    public (System.Linq.Expressions.Expression<Func<T, bool>>? Filter, IReadOnlyList<SortKey<T>> Order) Translate<T>(IQueryAccess access, IReadOnlyList<SortKey<T>> defaultOrder)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(defaultOrder);
        if (Entity is null || Entity.EntityType != typeof(T))
        {
            return (null, defaultOrder);
        }

        return (FilterTranslator.Translate<T>(Where, Entity, access, Services), SortTranslator.Translate(Order, Entity, access, defaultOrder, Services));
    }

    /// <summary>A stable text of the arguments (for batch names: different arguments must not share a batch).</summary>
    public string Describe() => System.Text.Json.JsonSerializer.Serialize(new object?[] { Where, Order });

    private static object? Value(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
