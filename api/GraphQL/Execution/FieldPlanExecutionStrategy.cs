using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace SalesGraph.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's parallel execution strategy for queries, except that the fields of a selection set on an object type
/// (the spec's CollectFields) are collected once per selection set and type rather than once per object: a page of 50
/// customers with 300 contracts and 600 lines collected the same few fields about 2,000 times per request (a
/// dictionary, a schema lookup per field, fragment matching). The plan is reused only where it cannot depend on the
/// request: when the selection set (its fragments included) carries no directives (<c>@skip</c>/<c>@include</c>
/// depend on variables) and no field is merged from several selections of one response name (the engine builds a
/// merged field and its arguments for the request). Anything else is collected per object as before. Leaf fields
/// whose resolvers complete synchronously skip the base strategy's per-node async machinery (see
/// <see cref="ExecuteNodeAsync"/>). Resolvers, field authorization, errors and the order of fields in the response
/// are those of the base strategy.
/// </summary>
public sealed class FieldPlanExecutionStrategy : ParallelExecutionStrategy
{
    // Keyed by the document's own selection set, so plans live as long as the (cached) document, and by the object
    // type instance, which belongs to one schema.
    private readonly ConditionalWeakTable<GraphQLSelectionSet, Plans> _plans = [];

    /// <summary>How many times fields were collected from the document (plans made or not plannable); for tests.</summary>
    public int Collections => Volatile.Read(ref _collections);

    private int _collections;

    /// <inheritdoc/>
    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var selectionSet = parent.SelectionSet;
        if (selectionSet is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = PlanFor(context, parentType, selectionSet);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            nodes[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = nodes;
    }

    /// <summary>
    /// A leaf (scalar or enum) field whose resolver completes synchronously, the common case of a column read off its
    /// parent, is resolved, serialized and checked (<see cref="ExecutionStrategy.ValidateNodeResult"/>) without the
    /// base strategy's two async methods per node; errors are reported exactly as the base strategy reports them. A
    /// leaf whose resolver is asynchronous or returns a data loader result takes the base path.
    /// </summary>
    protected override Task ExecuteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        if (node is not ValueExecutionNode leaf || node.Parent is ArrayExecutionNode)
        {
            return base.ExecuteNodeAsync(context, node);
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        ValueTask<object?> resolving;
        try
        {
            resolving = SelectResolver(node, context).ResolveAsync(new ReadonlyResolveFieldContext(node, context));
        }
        catch (Exception ex)
        {
            return FailAsync(context, node, ex);
        }

        if (!resolving.IsCompletedSuccessfully)
        {
            return CompleteLeafAsync(context, leaf, resolving);
        }

        var result = resolving.Result;
        node.Result = result;
        if (result is IDataLoaderResult)
        {
            return Task.CompletedTask;
        }

        try
        {
            node.Result = leaf.GraphType.Serialize(result);
            ValidateNodeResult(context, node);
            return Task.CompletedTask;
        }
        catch (Exception ex)
        {
            return FailAsync(context, node, ex);
        }
    }

    private async Task CompleteLeafAsync(global::GraphQL.Execution.ExecutionContext context, ValueExecutionNode leaf, ValueTask<object?> resolving)
    {
        object? result;
        try
        {
            result = await resolving.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await FailAsync(context, leaf, ex).ConfigureAwait(false);
            return;
        }

        leaf.Result = result;
        if (result is not IDataLoaderResult)
        {
            await CompleteNodeAsync(context, leaf).ConfigureAwait(false);
        }
    }

    // The base strategy's handling of a failed node: cancellation propagates, a field error is recorded, anything else
    // goes through the unhandled-exception delegate (and is rethrown when the options ask for it).
    private async Task FailAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, Exception ex)
    {
        switch (ex)
        {
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
                break;
            case ExecutionError error:
                SetNodeError(context, node, error);
                break;
            default:
                if (await ProcessNodeUnhandledExceptionAsync(context, node, ex).ConfigureAwait(false))
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
                }

                break;
        }
    }

    private (GraphQLField Field, FieldType Definition)[] PlanFor(global::GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        var plans = _plans.GetValue(selectionSet, _ => new Plans());
        if (plans.Find(type) is { } known)
        {
            return known;
        }

        Interlocked.Increment(ref _collections);
        var collected = CollectFieldsFrom(context, type, selectionSet, null);
        var fields = new (GraphQLField, FieldType)[collected.Count];
        var i = 0;
        foreach (var (field, definition) in collected.Values)
        {
            fields[i++] = (field, definition);
        }

        if (IsRequestIndependent(context.Document, selectionSet, fields))
        {
            plans.Add(type, fields);
        }

        return fields;
    }

    // No directive anywhere on this level (fields, spreads, inline fragments, fragment definitions), and every
    // collected field is one of the document's own (a merged field is a new node made for this request).
    private static bool IsRequestIndependent(GraphQLDocument document, GraphQLSelectionSet selectionSet, (GraphQLField Field, FieldType)[] fields)
    {
        var own = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!Walk(selectionSet, 0))
        {
            return false;
        }

        foreach (var (field, _) in fields)
        {
            if (!own.Contains(field))
            {
                return false;
            }
        }

        return true;

        bool Walk(GraphQLSelectionSet set, int depth)
        {
            if (depth > 32)
            {
                return false;
            }

            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when field.Directives is null:
                        own.Add(field);
                        break;
                    case GraphQLInlineFragment inline when inline.Directives is null:
                        if (!Walk(inline.SelectionSet, depth + 1))
                        {
                            return false;
                        }

                        break;
                    case GraphQLFragmentSpread spread when spread.Directives is null:
                        var fragment = document.FindFragmentDefinition(spread.FragmentName.Name);
                        if (fragment is null || fragment.Directives is not null || !Walk(fragment.SelectionSet, depth + 1))
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
    }

    // The plans of one selection set by object type (usually one; a few under abstract types). Copy-on-write, so
    // readers never lock.
    private sealed class Plans
    {
        private (IGraphType Type, (GraphQLField, FieldType)[] Fields)[] _entries = [];

        public (GraphQLField, FieldType)[]? Find(IGraphType type)
        {
            foreach (var (known, fields) in Volatile.Read(ref _entries))
            {
                if (ReferenceEquals(known, type))
                {
                    return fields;
                }
            }

            return null;
        }

        public void Add(IGraphType type, (GraphQLField, FieldType)[] fields)
        {
            while (true)
            {
                var current = Volatile.Read(ref _entries);
                if (current.Any(e => ReferenceEquals(e.Type, type)))
                {
                    return;
                }

                if (Interlocked.CompareExchange(ref _entries, [.. current, (type, fields)], current) == current)
                {
                    return;
                }
            }
        }
    }
}
