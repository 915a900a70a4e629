using System.Reflection;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// A field of an object graph type that <c>where</c> and <c>order</c> may use: a scalar or enum field backed by an
/// entity property, or a reference to another entity (a to-one relation) that <c>where</c> can filter through.
/// </summary>
/// <param name="Name">The GraphQL field name, e.g. <c>signedOn</c>.</param>
/// <param name="Property">The entity property it reads, e.g. <c>Contract.SignedOn</c>.</param>
/// <param name="ValueGraphType">For a scalar or enum field: its (unwrapped) graph type, e.g. <c>DateOnlyGraphType</c>.</param>
/// <param name="RelatedGraphType">For a relation: the object graph type of the related entity.</param>
/// <param name="IsNullable">Whether the property can hold null (decides how nulls sort).</param>
/// <param name="Computed">For a field its resolver computes: how <c>where</c> and <c>order</c> translate it (then <paramref name="Property"/> is null).</param>
public sealed record QueryableMember(string Name, PropertyInfo? Property, Type? ValueGraphType, Type? RelatedGraphType, bool IsNullable, ComputedQueryField? Computed = null)
{
    /// <summary>Whether this member is a to-one relation rather than a value.</summary>
    public bool IsRelation => RelatedGraphType is not null;

    /// <summary>The CLR type of the property.</summary>
    public Type PropertyType => Property?.PropertyType ?? Computed!.ValueType;

    /// <summary>The property type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(PropertyType) ?? PropertyType;
}
