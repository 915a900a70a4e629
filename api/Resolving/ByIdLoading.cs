using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.Resolving;

/// <summary>To-one relations, batched per level of the document through the request's <see cref="LoaderRegistry"/>.</summary>
public static class ByIdLoading
{
    /// <summary>
    /// Batches a to-one relation: all ids asked for on one level are read in one query (the ids as one array
    /// parameter), reading only the columns the selected fields need (plus keys and foreign keys). Fields returning
    /// the same type with the same selection share a batch (<see cref="LoaderKey.OfReturnedType"/>, e.g. a staff member's
    /// region and a region's parent); fields selecting different columns get separate batches.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaders = ScopedReads.Loaders(context);
        var loader = loaders.ForField(context, () =>
        {
            var caller = context.Caller();
            var factory = ScopedReads.DbFactory(context);
            var entity = QueryableEntity.OfFieldType(context.FieldDefinition.ResolvedType);
            var selected = Projection.SelectedFields(context);
            return loaders.GetOrAdd<int, T?>(
                LoaderKey.OfReturnedType(context, typeof(T), Projection.Describe(selected)),
                async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    int[] keys = [.. ids];
                    var rows = db.Scoped<T>(caller).Where(e => EF.Parameter(keys).Contains(e.Id));
                    if (ScopedReads.Project<T>(db, entity, selected, []) is { } projection)
                    {
                        rows = rows.Select(projection);
                    }

                    return await rows.ToDictionaryAsync(e => e.Id, e => (T?)e, ct);
                },
                missing: null);
        });
        return loader.Load(id);
    }
}
