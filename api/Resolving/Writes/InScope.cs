using System.Diagnostics.CodeAnalysis;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>An entity a mutation read in the caller's scope, or the NOT_FOUND error (or malformed-id VALIDATION error) saying why not.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Entity">The entity, tracked by the write's context unless the read said otherwise; null when missing.</param>
/// <param name="Missing">The error to answer with when the entity was not found.</param>
public readonly record struct InScope<T>(T? Entity, UserError? Missing)
    where T : class
{
    /// <summary>Whether the entity was not found; <see cref="Missing"/> says why.</summary>
    [MemberNotNullWhen(true, nameof(Missing))]
    [MemberNotNullWhen(false, nameof(Entity))]
    public bool IsMissing => Missing is not null;
}
