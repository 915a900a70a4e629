using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// The batch loaders of one request, by name: resolvers on sibling objects ask for the same loader and so share its
/// batch. Registered as a scoped service, so nothing is shared between requests (or callers).
/// </summary>
public sealed class LoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(GraphQLField, FieldType), object> _byField = new();

    /// <summary>Returns the loader named <paramref name="name"/>, creating it with <paramref name="fetch"/> on first use.</summary>
    /// <param name="name">Unique per kind of lookup and its arguments, e.g. <c>Staff.byId</c> or <c>Customer.contracts(first:10)</c>.</param>
    /// <param name="fetch">Loads one batch of distinct keys.</param>
    /// <param name="missing">The value for keys the fetch does not return.</param>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));

    /// <summary>
    /// The loader of the field being resolved, made by <paramref name="prepare"/> the first time any object resolves
    /// this field of the document and reused for the others. A field's arguments, selection and caller are the same for
    /// every object it resolves on within one request, so what <paramref name="prepare"/> reads from them (paging,
    /// filters, the columns to read, the batch name) is read once per field rather than once per object. A
    /// <paramref name="prepare"/> that throws (e.g. a refused argument) is not remembered: every object gets the error.
    /// </summary>
    public TLoader ForField<TLoader>(IResolveFieldContext context, Func<TLoader> prepare)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(prepare);
        var key = (context.FieldAst, context.FieldDefinition);
        return _byField.TryGetValue(key, out var known) ? (TLoader)known : (TLoader)_byField.GetOrAdd(key, prepare());
    }
}
