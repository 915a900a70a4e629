using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Returns;

/// <summary>Batched reads of the Returns feature: a return's credit note, by return id, in the caller's scope.</summary>
public static class ReturnLoaders
{
    /// <summary>The credit note of return <paramref name="returnRequestId"/>, or null; one query per level of the document.</summary>
    public static IDataLoaderResult<CreditNote?> LoadCreditNoteOf(this IResolveFieldContext context, int returnRequestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        return context.LoadComputed<CreditNote?>(
            returnRequestId,
            async (db, keys, ct) => await db.Scoped<CreditNote>(caller).AsNoTracking()
                .Where(n => n.ReturnRequestId != null && EF.Parameter(keys).Contains(n.ReturnRequestId.Value))
                .ToDictionaryAsync(n => n.ReturnRequestId!.Value, n => (CreditNote?)n, ct),
            null);
    }
}
