using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.Resolving;

namespace SalesGraph.Returns;

/// <summary>Batched reads of the Returns feature: a return's credit note, by return id, in the caller's scope.</summary>
public static class ReturnLoaders
{
    /// <summary>The credit note of return <paramref name="returnRequestId"/>, or null; one query per level of the document.</summary>
    public static IDataLoaderResult<CreditNote?> LoadCreditNoteOf(this IResolveFieldContext context, int returnRequestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaders = ScopedReads.Loaders(context);
        var loader = loaders.ForField(context, () =>
        {
            var caller = context.Caller();
            var factory = ScopedReads.DbFactory(context);
            return loaders.GetOrAdd<int, CreditNote?>(
                LoaderKey.OfField(context, typeof(CreditNote), "byReturnRequest"),
                async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    int[] keys = [.. ids];
                    return await db.Scoped<CreditNote>(caller).AsNoTracking()
                        .Where(n => EF.Parameter(keys).Contains(n.ReturnRequestId))
                        .ToDictionaryAsync(n => n.ReturnRequestId, n => (CreditNote?)n, ct);
                },
                missing: null);
        });
        return loader.Load(returnRequestId);
    }
}
