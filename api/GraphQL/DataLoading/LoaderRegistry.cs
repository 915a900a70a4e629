using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SalesGraph.GraphQL.DataLoading;

/// <summary>
/// The batch loaders of one request, by <see cref="LoaderKey"/>: resolvers on sibling objects ask for the same loader
/// and so share its batch. Registered as a scoped service, so nothing is shared between requests (or callers).
/// </summary>
public sealed class LoaderRegistry
{
    private readonly ConcurrentDictionary<LoaderKey, object> _loaders = new();
    private readonly ConcurrentDictionary<(GraphQLField, FieldType), object> _byField = new();

    /// <summary>Returns the loader of <paramref name="key"/>, creating it with <paramref name="fetch"/> on first use.</summary>
    /// <param name="key">What the loader loads, for which field or type, shaped by which arguments.</param>
    /// <param name="fetch">Loads one batch of distinct keys.</param>
    /// <param name="missing">The value for keys the fetch does not return.</param>
    /// <exception cref="InvalidOperationException">
    /// The key already has a loader of other key or value types: two resolvers derive one key for different data, and
    /// neither may be served the other's values.
    /// </exception>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        LoaderKey key,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        var loader = _loaders.GetOrAdd(key, static (_, made) => new BatchLoader<TKey, TValue>(made.fetch, made.missing), (fetch, missing));
        return loader as BatchLoader<TKey, TValue> ?? throw new InvalidOperationException(
            $"The loader {key} is a {Describe(loader.GetType())}, but a resolver asked it for a {Describe(typeof(BatchLoader<TKey, TValue>))}: "
            + "two resolvers derive the same loader key for different data.");
    }

    /// <summary>
    /// The loader of the field being resolved, made by <paramref name="prepare"/> the first time any object resolves
    /// this field of the document and reused for the others. A field's arguments, selection and caller are the same for
    /// every object it resolves on within one request, so what <paramref name="prepare"/> reads from them (paging,
    /// filters, the columns to read, the loader's key) is read once per field rather than once per object. A
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

    private static string Describe(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>" : type.Name;
}
