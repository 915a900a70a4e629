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
/// (the spec's CollectFields) are collected once per selection set, type and outcome of its <c>@skip</c>/<c>@include</c>
/// conditions rather than once per object: a page of 50 customers with 300 contracts and 600 lines collected the same
/// few fields about 2,000 times per request (a dictionary, a schema lookup per field, fragment matching). A condition's
/// <c>if</c> is a literal or a variable, so it has one value for the whole request: the plan of a level is chosen by
/// the included/skipped outcome of each conditional field, inline fragment and fragment spread on that level, decided
/// by the engine's own <see cref="ExecutionStrategy.ShouldIncludeNode"/>, and the collection itself is the engine's
/// (<see cref="ExecutionStrategy.CollectFieldsFrom"/>), made once per outcome and kept with the (cached) document.
/// Collected per object as before, never planned: a level carrying any other directive or a directive on a fragment
/// definition, a level with more than 64 conditions, and an outcome in which a field is merged from several selections
/// of one response name (the engine builds the merged field and its arguments for the request). Leaf fields whose
/// resolvers complete synchronously skip the base strategy's per-node async machinery (see
/// <see cref="ExecuteNodeAsync"/>). Resolvers, field authorization, errors and the order of fields in the response are
/// those of the base strategy; decision record 014 has the figures.
/// </summary>
public sealed class FieldPlanExecutionStrategy : ParallelExecutionStrategy
{
    // Keyed by the document's own selection set, so plans live as long as the (cached) document, and by the object
    // type instance, which belongs to one schema.
    private readonly ConditionalWeakTable<GraphQLSelectionSet, LevelPlans> _plans = [];

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
        var level = _plans.GetValue(selectionSet, set => LevelPlans.Of(context, set));
        var outcome = 0UL;
        if (level.Conditions is { } conditions)
        {
            for (var i = 0; i < conditions.Length; i++)
            {
                if (Includes(context, conditions[i]))
                {
                    outcome |= 1UL << i;
                }
            }

            if (level.Find(type, outcome) is { } known)
            {
                return known;
            }
        }

        Interlocked.Increment(ref _collections);
        var collected = CollectFieldsFrom(context, type, selectionSet, null);
        var fields = new (GraphQLField, FieldType)[collected.Count];
        var n = 0;
        var merged = false;
        foreach (var (field, definition) in collected.Values)
        {
            fields[n++] = (field, definition);
            merged |= level.Own is null || !level.Own.Contains(field);
        }

        if (level.Conditions is not null && !merged)
        {
            level.Add(type, outcome, fields);
        }

        return fields;
    }

    // The engine's own decision for the node, so the plan follows its reading of @skip/@include (skip wins).
    private bool Includes(global::GraphQL.Execution.ExecutionContext context, IHasDirectivesNode node) => node switch
    {
        GraphQLField field => ShouldIncludeNode(context, field),
        GraphQLInlineFragment inline => ShouldIncludeNode(context, inline),
        GraphQLFragmentSpread spread => ShouldIncludeNode(context, spread),
        _ => throw new InvalidOperationException($"Unexpected conditional node {node.GetType().Name}."),
    };

    // What one selection set needs to be planned: its conditional nodes (their outcome picks the plan; null when the
    // level cannot be planned) and every field written in it, its fragments included (a collected field that is not
    // one of them was merged for the request). Then the plans by object type and outcome, copy-on-write, so readers
    // never lock.
    private sealed class LevelPlans
    {
        private const int MaxConditions = 64;

        // Fragments nest; a validated document has no cycles, but the walk stays bounded regardless.
        private const int MaxDepth = 32;

        private (IGraphType Type, ulong Outcome, (GraphQLField, FieldType)[] Fields)[] _entries = [];

        private LevelPlans(IHasDirectivesNode[]? conditions, HashSet<GraphQLField>? own)
        {
            Conditions = conditions;
            Own = own;
        }

        public IHasDirectivesNode[]? Conditions { get; }

        public HashSet<GraphQLField>? Own { get; }

        public static LevelPlans Of(global::GraphQL.Execution.ExecutionContext context, GraphQLSelectionSet selectionSet)
        {
            var skip = context.Schema.Directives.Skip.Name;
            var include = context.Schema.Directives.Include.Name;
            var conditions = new List<IHasDirectivesNode>();
            var own = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
            var walked = new HashSet<string>(StringComparer.Ordinal);
            return Walk(selectionSet, 0) && conditions.Count <= MaxConditions
                ? new LevelPlans([.. conditions], own)
                : new LevelPlans(null, null);

            bool Walk(GraphQLSelectionSet set, int depth)
            {
                if (depth > MaxDepth)
                {
                    return false;
                }

                foreach (var selection in set.Selections)
                {
                    if (selection is not IHasDirectivesNode conditional || !Conditional(conditional))
                    {
                        return false;
                    }

                    switch (selection)
                    {
                        case GraphQLField field:
                            own.Add(field);
                            break;
                        case GraphQLInlineFragment inline:
                            if (!Walk(inline.SelectionSet, depth + 1))
                            {
                                return false;
                            }

                            break;
                        case GraphQLFragmentSpread spread:
                            // A fragment's fields and conditions are the same wherever it is spread: walk it once.
                            var name = spread.FragmentName.Name.StringValue;
                            var fragment = context.Document.FindFragmentDefinition(spread.FragmentName.Name);
                            if (fragment is null || fragment.Directives is not null
                                || (walked.Add(name) && !Walk(fragment.SelectionSet, depth + 1)))
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

            // No directive, or only @skip/@include (recorded as a condition); anything else is not for the plan to judge.
            bool Conditional(IHasDirectivesNode node)
            {
                if (node.Directives is not { } directives)
                {
                    return true;
                }

                foreach (var directive in directives.Items)
                {
                    var name = directive.Name.StringValue;
                    if (name != skip && name != include)
                    {
                        return false;
                    }
                }

                conditions.Add(node);
                return true;
            }
        }

        public (GraphQLField, FieldType)[]? Find(IGraphType type, ulong outcome)
        {
            foreach (var (known, knownOutcome, fields) in Volatile.Read(ref _entries))
            {
                if (knownOutcome == outcome && ReferenceEquals(known, type))
                {
                    return fields;
                }
            }

            return null;
        }

        public void Add(IGraphType type, ulong outcome, (GraphQLField, FieldType)[] fields)
        {
            while (true)
            {
                var current = Volatile.Read(ref _entries);
                if (current.Any(e => e.Outcome == outcome && ReferenceEquals(e.Type, type)))
                {
                    return;
                }

                if (Interlocked.CompareExchange(ref _entries, [.. current, (type, outcome, fields)], current) == current)
                {
                    return;
                }
            }
        }
    }
}
