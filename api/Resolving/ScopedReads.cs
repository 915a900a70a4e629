using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.Resolving;

/// <summary>
/// How resolvers read: every read opens its own short-lived <see cref="SalesGraphDbContext"/> (resolvers run in
/// parallel), starts from the caller's row scope (<see cref="RowScopes"/>), and batches relations through the
/// request's <see cref="LoaderRegistry"/> (<see cref="ByIdLoading"/> for to-one relations, <see cref="ChildConnections"/>
/// for to-many ones).
/// </summary>
public static class ScopedReads
{
    /// <summary>Opens a context for one unit of work; dispose it when done.</summary>
    public static SalesGraphDbContext OpenDb(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DbFactory(context).CreateDbContext();
    }

    /// <summary>
    /// One page of the caller's rows of <typeparamref name="T"/>, shaped by <paramref name="filter"/> and by the field's
    /// <c>where</c> and <c>order</c> arguments (<see cref="ListArguments"/>; <paramref name="order"/> is the default and
    /// the tie-break), reading only the selected columns.
    /// </summary>
    public static async Task<Connection<T>> ReadConnectionAsync<T>(
        this IResolveFieldContext context, IReadOnlyList<SortKey<T>> order, Func<IQueryable<T>, IQueryable<T>>? filter = null)
        where T : class
    {
        var page = PageRequest.From(context);
        var arguments = ListArguments.From(context);
        var caller = context.Caller();
        await using var db = context.OpenDb();
        var (where, effectiveOrder) = arguments.Translate(new CallerQueryAccess(caller, db.Regions), order);
        var query = db.Scoped<T>(caller);
        if (filter is not null)
        {
            query = filter(query);
        }

        if (where is not null)
        {
            query = query.Where(where);
        }

        var projection = Project<T>(db, arguments.Entity, Projection.SelectedNodeFields(context), effectiveOrder.Select(k => k.Selector));
        return await query.ToConnectionAsync(effectiveOrder, page, context.WantsTotalCount(), context.CancellationToken, projection);
    }

    /// <summary>One row by id if the caller may see it, else null.</summary>
    public static async Task<T?> FindAsync<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        await using var db = context.OpenDb();
        return await db.Scoped<T>(context.Caller()).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
    }

    /// <summary>
    /// The projection to the selected fields' columns plus keys, foreign keys (relations and authorization rules read
    /// them) and the properties <paramref name="alsoRead"/> uses (sort keys); null (whole rows) when the field's type
    /// has no model or a selected field reads unknown columns.
    /// </summary>
    internal static Expression<Func<T, T>>? Project<T>(SalesGraphDbContext db, QueryableEntity? entity, IReadOnlySet<string> selected, IEnumerable<LambdaExpression> alsoRead)
    {
        var entityType = db.Model.FindEntityType(typeof(T));
        if (entity is null || entity.EntityType != typeof(T) || entityType is null)
        {
            return null;
        }

        var always = entityType.GetKeys().SelectMany(k => k.Properties)
            .Concat(entityType.GetForeignKeys().SelectMany(f => f.Properties))
            .Select(p => p.PropertyInfo)
            .OfType<System.Reflection.PropertyInfo>();
        return Projection.Build<T>(entity, selected, always, alsoRead, p => entityType.FindProperty(p) is not null);
    }
    internal static LoaderRegistry Loaders(IResolveFieldContext context) =>
        context.UserContext is GraphQLUserContext user ? user.Loaders : Services(context).GetRequiredService<LoaderRegistry>();

    internal static IDbContextFactory<SalesGraphDbContext> DbFactory(IResolveFieldContext context) =>
        Services(context).GetRequiredService<IDbContextFactory<SalesGraphDbContext>>();

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL execution needs RequestServices.");
}
