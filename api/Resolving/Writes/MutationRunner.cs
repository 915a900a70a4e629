using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;
using SalesGraph.Data;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// Runs every mutation the same way: checks its declaration's <see cref="MutationDeclaration.Rule"/>, opens its own context and a write
/// transaction before the first read (on SQLite <c>BEGIN IMMEDIATE</c>, so concurrent writers queue behind the busy
/// timeout instead of losing updates), replays an idempotency key, lets the mutation work, and then — only when it
/// returned no errors — saves, brings the <see cref="IDerivedRows"/> up to date, writes the audit log through
/// <see cref="AuditLog"/>, remembers the key and commits, all in that one transaction. A payload with errors, or an exception anywhere, rolls everything back.
/// </summary>
public sealed class MutationRunner(
    IDbContextFactory<SalesGraphDbContext> contexts, IEnumerable<IWriteFault> faults, IEnumerable<IDerivedRows> derivedRows, BusinessCalendar calendar)
{
    private readonly IWriteFault[] _faults = [.. faults];
    private readonly IDerivedRows[] _derivedRows = [.. derivedRows];

    /// <summary>
    /// Runs <paramref name="work"/> as the mutation <paramref name="mutation"/>.
    /// </summary>
    /// <param name="context">The mutation field's context (caller, cancellation).</param>
    /// <param name="mutation">The declaration: its rule says who may run it, its name is the audit log's action.</param>
    /// <param name="work">The mutation; returns its payload. It must not save or commit.</param>
    /// <param name="idempotencyKey">For create mutations: a client's key; a repeat returns the first result.</param>
    public async Task<MutationPayload> RunAsync(
        IResolveFieldContext context, MutationDeclaration mutation, Func<WriteUnit, Task<MutationPayload>> work, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(work);
        var caller = context.Caller();
        var action = mutation.Name;
        if (!mutation.Rule.Permits(caller))
        {
            throw MutationErrors.NotAuthorized($"Your role may not {action}.");
        }

        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > 100))
        {
            return MutationPayload.Refused([UserError.Validation("1 to 100 characters.", "input", "idempotencyKey")]);
        }

        try
        {
            return await RunRetryingCollisionsAsync(caller, action, work, idempotencyKey, context.CancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another instance stored the same key between our lookup and our commit: its result is the answer.
            return await RunRetryingCollisionsAsync(caller, action, work, idempotencyKey, context.CancellationToken);
        }
    }

    /// <summary>How often a write whose rows collided with a concurrent writer's is run again before it answers CONFLICT.</summary>
    internal const int CollisionAttempts = 3;

    /// <summary>
    /// Runs the write; when it lost a race that is not about a version the caller read (a unique key such as the next
    /// document number, a serialization failure, a deadlock), runs it again in a new transaction, up to
    /// <see cref="CollisionAttempts"/> times: the work reads the state anew, so the retry either succeeds or refuses
    /// with the error of the state it now sees (e.g. <c>OVER_CREDITED</c>), never a <c>CONFLICT</c> the caller could do
    /// nothing about but resend. A stale version (<see cref="DbUpdateConcurrencyException"/>) is not retried.
    /// </summary>
    private async Task<MutationPayload> RunRetryingCollisionsAsync(
        Caller caller, string action, Func<WriteUnit, Task<MutationPayload>> work, string? idempotencyKey, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var payload = await RunOnceAsync(caller, action, work, idempotencyKey, retryCollision: attempt < CollisionAttempts, ct);
            if (payload is not null)
            {
                return payload;
            }

            await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
        }
    }

    /// <returns>The payload; null when the write collided with a concurrent one and <paramref name="retryCollision"/> is set.</returns>
    private async Task<MutationPayload?> RunOnceAsync(
        Caller caller, string action, Func<WriteUnit, Task<MutationPayload>> work, string? idempotencyKey, bool retryCollision, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = calendar.UtcNow;
        var scope = caller.Username ?? "";
        if (idempotencyKey is not null)
        {
            var seen = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Scope == scope && k.Key == idempotencyKey, ct);
            if (seen is not null)
            {
                return seen.Operation == action
                    ? MutationPayload.Ok(await FindAsync(db, seen.EntityType, seen.EntityId, ct))
                    : MutationPayload.Refused([UserError.Validation($"This key was already used for {seen.Operation}.", "input", "idempotencyKey")]);
            }
        }

        var payload = await work(new WriteUnit(db, caller, now, calendar.DateOf(now), action, ct));
        if (!payload.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            return payload;
        }

        try
        {
            var pending = AuditLog.Capture(db);
            var refreshes = new List<Func<CancellationToken, Task>>();
            foreach (var derived in _derivedRows)
            {
                refreshes.Add(await derived.PrepareAsync(db, ct));
            }

            await db.SaveChangesAsync(ct);
            foreach (var refresh in refreshes)
            {
                await refresh(ct);
            }

            AuditLog.Write(db, pending, caller, action, now);
            if (idempotencyKey is not null && payload.Entity is IHasId created)
            {
                db.IdempotencyKeys.Add(new IdempotencyKey
                {
                    Scope = scope, Key = idempotencyKey, Operation = action, EntityType = created.GetType().Name, EntityId = created.Id, CreatedAt = now,
                });
            }

            await db.SaveChangesAsync(ct);
            foreach (var fault in _faults)
            {
                fault.BeforeCommit(action);
            }

            await transaction.CommitAsync(ct);
            return payload;
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (idempotencyKey is null && IsConcurrentWriteCollision(ex)))
        {
            // Only reachable where writers do not queue (e.g. PostgreSQL read committed): someone else won the version,
            // or a concurrent writer's rows collided with ours (a unique key, a serialization failure, a deadlock). With an
            // idempotency key, a collision is the race the caller (RunAsync) resolves by returning the first result.
            await transaction.RollbackAsync(ct);
            if (retryCollision && ex is not DbUpdateConcurrencyException)
            {
                return null;
            }

            return MutationPayload.Refused([new UserError(ErrorCodes.Conflict, "Changed concurrently; reload and retry.", ["input", "version"])]);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as <paramref name="mutation"/> for <paramref name="caller"/> outside a GraphQL request
    /// (a command-line command): the same rule, transaction and audit log.
    /// </summary>
    public Task<MutationPayload> RunAsync(Caller caller, MutationDeclaration mutation, Func<WriteUnit, Task<MutationPayload>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(work);
        if (!mutation.Rule.Permits(caller))
        {
            throw MutationErrors.NotAuthorized($"Your role may not {mutation.Name}.");
        }

        return RunRetryingCollisionsAsync(caller, mutation.Name, work, null, ct);
    }

    /// <summary>
    /// Runs <paramref name="work"/> as <paramref name="mutation"/> would run — the same rule, a context and transaction of
    /// its own, the same business clock — and then rolls the transaction back without saving: a dry run, which writes
    /// nothing, not even an audit entry.
    /// </summary>
    public async Task<MutationPayload> DryRunAsync(Caller caller, MutationDeclaration mutation, Func<WriteUnit, Task<MutationPayload>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(work);
        if (!mutation.Rule.Permits(caller))
        {
            throw MutationErrors.NotAuthorized($"Your role may not {mutation.Name}.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = calendar.UtcNow;
        try
        {
            return await work(new WriteUnit(db, caller, now, calendar.DateOf(now), mutation.Name, ct));
        }
        finally
        {
            await transaction.RollbackAsync(ct);
        }
    }

    /// <summary>SQLSTATE 23505 unique violation, 40001 serialization failure, 40P01 deadlock: a lost race, not a bug.</summary>
    private static bool IsConcurrentWriteCollision(Exception ex) =>
        ex is DbUpdateException { InnerException: System.Data.Common.DbException { SqlState: "23505" or "40001" or "40P01" } };

    private static async Task<object?> FindAsync(SalesGraphDbContext db, string entityType, int id, CancellationToken ct)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entityType)?.ClrType;
        return type is null ? null : await db.FindAsync(type, [id], ct);
    }
}
