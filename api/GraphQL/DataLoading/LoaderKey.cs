using GraphQL;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// Identifies a batch loader of one request by what it loads, never by a name someone typed: the type it reads, the
/// schema coordinate it serves, and the arguments that shape its batches. Two loaders are the same only when all
/// three are equal, so two fields can share a loader only when they would fetch the same data.
/// </summary>
/// <remarks>
/// The coordinate is a GraphQL schema coordinate: a field coordinate (<c>Customer.contracts</c>, from the parent type
/// and the field being resolved) for a loader of one field, or a type coordinate (<c>Staff</c>, the named type the
/// field returns) for a lookup by id that every field returning that type may share. A type coordinate never contains
/// a dot and a field coordinate always does, so the two kinds never meet. Make a key once per field per request (inside
/// <see cref="LoaderRegistry.ForField{TLoader}"/>), not once per object.
/// </remarks>
public sealed record LoaderKey
{
    private LoaderKey(Type loads, string coordinate, object shape)
    {
        Loads = loads;
        Coordinate = coordinate;
        Shape = shape;
    }

    /// <summary>The type the loader reads, e.g. the entity behind the field.</summary>
    public Type Loads { get; }

    /// <summary>The schema coordinate the loader serves: <c>Customer.contracts</c>, or <c>Staff</c> for a lookup by id.</summary>
    public string Coordinate { get; }

    /// <summary>
    /// What shapes the loader's batches (paging, filters, the columns to read); compared by value, so it must be a
    /// record, a string or another type with value equality.
    /// </summary>
    public object Shape { get; }

    /// <summary>
    /// The key of a loader that serves only the field being resolved (its parent type and field name), e.g. the
    /// children of a to-many relation.
    /// </summary>
    /// <param name="context">The field being resolved.</param>
    /// <param name="loads">The type the loader reads.</param>
    /// <param name="shape">What shapes the batches; value-equal.</param>
    public static LoaderKey OfField(IResolveFieldContext context, Type loads, object shape)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(shape);
        var parent = context.ParentType?.Name ?? throw new InvalidOperationException($"The field {context.FieldDefinition?.Name} has no parent type.");
        return new(loads, $"{parent}.{context.FieldDefinition.Name}", shape);
    }

    /// <summary>
    /// The key of a lookup by id that every field returning the same named type as the field being resolved (lists
    /// and non-null unwrapped) shares: what such a lookup returns depends on the type, the ids and the shape, not on
    /// the field that asks.
    /// </summary>
    /// <param name="context">The field being resolved.</param>
    /// <param name="loads">The type the loader reads.</param>
    /// <param name="shape">What shapes the batches (the columns to read); value-equal.</param>
    public static LoaderKey OfReturnedType(IResolveFieldContext context, Type loads, object shape)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(shape);
        var returned = context.FieldDefinition.ResolvedType
            ?? throw new InvalidOperationException($"The field {context.FieldDefinition.Name} has no resolved type.");
        return new(loads, returned.GetNamedType().Name, shape);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Coordinate} ({Loads.Name}) [{Shape}]";
}
