namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// What a mutation returns: the object it wrote (or the current one, when it refused) and the input errors. A payload
/// with errors wrote nothing.
/// </summary>
/// <param name="Entity">The object, shown under the payload's entity field (e.g. <c>contract</c>).</param>
/// <param name="Errors">Problems with the input; empty on success.</param>
public sealed record MutationPayload(object? Entity, IReadOnlyList<UserError> Errors)
{
    /// <summary>A successful payload.</summary>
    public static MutationPayload Ok(object? entity) => new(entity, []);

    /// <summary>A refused payload carrying <paramref name="errors"/> and, when useful, the current <paramref name="entity"/>.</summary>
    public static MutationPayload Refused(IReadOnlyList<UserError> errors, object? entity = null) => new(entity, errors);

    /// <summary>Whether the mutation succeeded.</summary>
    public bool Succeeded => Errors.Count == 0;
}
