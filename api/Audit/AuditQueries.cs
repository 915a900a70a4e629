using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.GraphQL.Querying;
using SalesGraph.Resolving;

namespace SalesGraph.Audit;

/// <summary>The <c>auditEntries</c> root field: the audit log for the director and admin, newest first, with filters.</summary>
public sealed class AuditQueries : IQueryFields
{
    private static readonly IReadOnlyList<SortKey<AuditEntry>> NewestFirst = [new((Expression<Func<AuditEntry, long>>)(a => a.Id), true)];

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Connection<object?, AuditEntryGraphType>("auditEntries")
            .Description("The audit log, newest first (director and admin; others get AUTH_NOT_AUTHORIZED).")
            .Argument<StringGraphType>("entityType", "Only this kind of object, e.g. Contract.")
            .Argument<StringGraphType>("entityId", "Only this object's database id (with entityType).")
            .Argument<StringGraphType>("actorName", "Only changes by this username or client id.")
            .Argument<StringGraphType>("client", "Only changes through this client: spa, bi or integration.")
            .Argument<StringGraphType>("action", "Only this mutation, e.g. approveContract.")
            .Argument<DateTimeGraphType>("from", "Only changes at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Only changes before this instant.")
            .ResolveAsync(async c =>
            {
                if (!AccessMatrix.May(c.Caller(), "readAuditLog"))
                {
                    throw MutationErrors.NotAuthorized("Only the director and admin read the audit log.", "auditEntries");
                }

                var filter = Filter(c);
                return await c.ReadConnectionAsync(NewestFirst, q => q.Where(filter));
            });
    }

    private static Expression<Func<AuditEntry, bool>> Filter(IResolveFieldContext c)
    {
        var entityType = c.GetArgument<string?>("entityType");
        var entityId = c.GetArgument<string?>("entityId");
        var actor = c.GetArgument<string?>("actorName");
        var client = c.GetArgument<string?>("client");
        var action = c.GetArgument<string?>("action") is { } a ? a + ":" : null;
        var from = c.GetArgument<DateTime?>("from");
        var to = c.GetArgument<DateTime?>("to");
        return e => (entityType == null || e.EntityType == entityType)
            && (entityId == null || e.EntityId == entityId)
            && (actor == null || e.ActorName == actor)
            && (client == null || e.Client == client)
            && (action == null || e.Action.StartsWith(action))
            && (from == null || e.At >= from)
            && (to == null || e.At < to);
    }
}
