using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// The reads every mutation starts with: an entity by its global id in the caller's row scope (else NOT_FOUND on the
/// input path, as if it did not exist), and the optimistic-concurrency check of the version the client sent.
/// </summary>
public static class WriteUnitReads
{
    /// <summary>
    /// The <typeparamref name="T"/> named by <paramref name="globalId"/> among the rows the caller sees; a malformed id
    /// is a VALIDATION error and a missing one NOT_FOUND, both on <paramref name="path"/>.
    /// </summary>
    public static Task<InScope<T>> FindInScopeAsync<T>(this WriteUnit w, string? globalId, params object[] path)
        where T : class, IHasId => w.FindInScopeAsync<T>(globalId, static q => q, path);

    /// <summary>As <see cref="FindInScopeAsync{T}(WriteUnit, string?, object[])"/>, reading through <paramref name="shape"/> (includes, no tracking).</summary>
    public static async Task<InScope<T>> FindInScopeAsync<T>(this WriteUnit w, string? globalId, Func<IQueryable<T>, IQueryable<T>> shape, params object[] path)
        where T : class, IHasId
    {
        var check = new InputCheck();
        return check.Id(globalId, typeof(T).Name, path) is { } id
            ? await w.FindInScopeAsync(id, shape, path)
            : new InScope<T>(null, check.IsValid ? NotFound<T>(path) : check.Errors[0]);
    }

    /// <summary>
    /// The <typeparamref name="T"/> named by its global id or, for an external system (ERP) updating what it created, by
    /// its <paramref name="externalId"/> (exactly one of the two), among the rows the caller sees; else NOT_FOUND on the
    /// path of the one given.
    /// </summary>
    public static async Task<InScope<T>> FindInScopeAsync<T>(
        this WriteUnit w, string? globalId, string? externalId, Func<IQueryable<T>, IQueryable<T>> shape, params object[] path)
        where T : class, IHasExternalId
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(shape);
        if (externalId is null)
        {
            return await w.FindInScopeAsync(globalId, shape, path);
        }

        object[] externalPath = [.. path[..^1], "externalId"];
        if (globalId is not null)
        {
            return new InScope<T>(null, UserError.Validation($"Name the {typeof(T).Name.ToLowerInvariant()} by its id or by its externalId, not both.", externalPath));
        }

        var entity = await shape(w.Db.Scoped<T>(w.Caller)).FirstOrDefaultAsync(e => e.ExternalId == externalId, w.CancellationToken);
        return new InScope<T>(entity, entity is null
            ? UserError.NotFound($"No {typeof(T).Name.ToLowerInvariant()} with this externalId in your scope.", externalPath)
            : null);
    }

    /// <summary>The <typeparamref name="T"/> with local id <paramref name="id"/> (already checked) among the rows the caller sees; else NOT_FOUND.</summary>
    public static Task<InScope<T>> FindInScopeAsync<T>(this WriteUnit w, int id, params object[] path)
        where T : class, IHasId => w.FindInScopeAsync<T>(id, static q => q, path);

    /// <summary>As <see cref="FindInScopeAsync{T}(WriteUnit, int, object[])"/>, reading through <paramref name="shape"/>.</summary>
    public static async Task<InScope<T>> FindInScopeAsync<T>(this WriteUnit w, int id, Func<IQueryable<T>, IQueryable<T>> shape, params object[] path)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(shape);
        var entity = await shape(w.Db.Scoped<T>(w.Caller)).FirstOrDefaultAsync(e => e.Id == id, w.CancellationToken);
        return new InScope<T>(entity, entity is null ? NotFound<T>(path) : null);
    }

    /// <summary>
    /// The current <typeparamref name="T"/> a workflow step names by its global id or its <paramref name="externalId"/>
    /// (see <see cref="FindInScopeAsync{T}(WriteUnit, string?, string?, Func{IQueryable{T}, IQueryable{T}}, object[])"/>):
    /// the refusal is NOT_FOUND (or a malformed id) on <paramref name="path"/>, or CONFLICT when the client sent
    /// <paramref name="expected"/> and the entity's <paramref name="version"/> moved since (<see cref="StaleAsync{T}"/>).
    /// </summary>
    public static async Task<(T? Entity, MutationPayload? Refusal)> FindForStepAsync<T>(
        this WriteUnit w, string? globalId, string? externalId, Func<IQueryable<T>, IQueryable<T>> shape, Func<T, int> version, int? expected,
        params object[] path)
        where T : class, IHasExternalId
    {
        ArgumentNullException.ThrowIfNull(version);
        var found = await w.FindInScopeAsync(globalId, externalId, shape, path);
        return found.IsMissing
            ? (null, MutationPayload.Refused([found.Missing]))
            : (found.Entity, await w.StaleAsync(found.Entity, version(found.Entity), expected));
    }

    /// <summary>As the overload with an external id, for entities only our global id names.</summary>
    public static async Task<(T? Entity, MutationPayload? Refusal)> FindForStepAsync<T>(
        this WriteUnit w, string? globalId, Func<IQueryable<T>, IQueryable<T>> shape, Func<T, int> version, int? expected, params object[] path)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(version);
        var found = await w.FindInScopeAsync(globalId, shape, path);
        return found.IsMissing
            ? (null, MutationPayload.Refused([found.Missing]))
            : (found.Entity, await w.StaleAsync(found.Entity, version(found.Entity), expected));
    }

    /// <summary>
    /// A CONFLICT payload when the client read <typeparamref name="T"/> at <paramref name="expected"/> and it is now at
    /// <paramref name="current"/> (naming the fields changed since, from the audit log); null when it is current or no
    /// version was sent.
    /// </summary>
    public static async Task<MutationPayload?> StaleAsync<T>(this WriteUnit w, T entity, int current, int? expected)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(entity);
        if (expected is not { } v || v == current)
        {
            return null;
        }

        var changed = await AuditLog.ChangedSinceAsync(w.Db, typeof(T).Name, entity.Id, v, w.CancellationToken);
        return MutationPayload.Refused(
            [UserError.Conflict($"The {typeof(T).Name.ToLowerInvariant()} is at version {current}, not {v}; nothing was written.", changed, current, "input", "version")],
            entity);
    }

    private static UserError NotFound<T>(object[] path) =>
        UserError.NotFound($"No {typeof(T).Name.ToLowerInvariant()} with this id in your scope.", path);
}
