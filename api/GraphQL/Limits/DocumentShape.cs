using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// The syntactic size of a parsed document, measured in time linear in its length (fragments are measured once and
/// reused where they are spread, so a fragment bomb costs nothing to measure). Measured before validation, because some
/// validation rules take time that grows faster than the document.
/// </summary>
/// <param name="FieldSelections">Fields as written, before fragments are expanded.</param>
/// <param name="Aliases">Aliased fields as written.</param>
/// <param name="Directives">Directives anywhere in the document.</param>
/// <param name="Depth">The deepest field nesting outside introspection, fragments expanded (<c>{ a { b } }</c> is 2).</param>
/// <param name="IntrospectionDepth">The deepest nesting of a <c>__schema</c> or <c>__type</c> field and its selection.</param>
/// <param name="ExpandedFields">Fields once every fragment is expanded: a lower bound of the cost.</param>
/// <param name="SchemaSelections"><c>__schema</c> fields once fragments are expanded.</param>
/// <param name="IntrospectionNesting">
/// The most <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> or <c>possibleTypes</c> nested in one introspection
/// path: each level multiplies the response by the size of the schema.
/// </param>
/// <remarks>Per-operation figures are the largest over the document's operations.</remarks>
public sealed record DocumentShape(
    int FieldSelections,
    int Aliases,
    int Directives,
    int Depth,
    int IntrospectionDepth,
    double ExpandedFields,
    double SchemaSelections,
    int IntrospectionNesting)
{
    private static readonly Counter Counting = new();

    /// <summary>Measures <paramref name="document"/>.</summary>
    public static DocumentShape Measure(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = new Counts();
        // The visitor completes synchronously: nothing in it awaits.
        Counting.VisitAsync(document, counts).AsTask().GetAwaiter().GetResult();

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var measurer = new Measurer(fragments);
        var largest = default(Size);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            largest = Size.Largest(largest, measurer.Measure(operation.SelectionSet));
        }

        return new DocumentShape(counts.Fields, counts.Aliases, counts.Directives, largest.Depth, largest.IntrospectionDepth,
            largest.Expanded, largest.Schemas, largest.IntrospectionNesting);
    }

    private sealed class Counts : IASTVisitorContext
    {
        public int Fields { get; set; }

        public int Aliases { get; set; }

        public int Directives { get; set; }

        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class Counter : ASTVisitor<Counts>
    {
        protected override ValueTask VisitFieldAsync(GraphQLField field, Counts context)
        {
            context.Fields++;
            if (field.Alias is not null)
            {
                context.Aliases++;
            }

            return base.VisitFieldAsync(field, context);
        }

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Counts context)
        {
            context.Directives++;
            return base.VisitDirectiveAsync(directive, context);
        }
    }

    // The measures of one selection set. Depth excludes introspection subtrees, AllDepth includes them; Nesting counts
    // type-list fields anywhere, IntrospectionNesting only below __schema/__type.
    private readonly record struct Size(int Depth, int AllDepth, int IntrospectionDepth, double Expanded, double Schemas,
        int Nesting, int IntrospectionNesting)
    {
        public static Size Largest(Size a, Size b) => new(
            Math.Max(a.Depth, b.Depth), Math.Max(a.AllDepth, b.AllDepth), Math.Max(a.IntrospectionDepth, b.IntrospectionDepth),
            Math.Max(a.Expanded, b.Expanded), Math.Max(a.Schemas, b.Schemas), Math.Max(a.Nesting, b.Nesting),
            Math.Max(a.IntrospectionNesting, b.IntrospectionNesting));

        // Siblings: depths take the largest, counts add up.
        public static Size Beside(Size a, Size b) => Largest(a, b) with { Expanded = a.Expanded + b.Expanded, Schemas = a.Schemas + b.Schemas };
    }

    private sealed class Measurer(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, Size> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public Size Measure(GraphQLSelectionSet? selectionSet)
        {
            var size = default(Size);
            if (selectionSet is null)
            {
                return size;
            }

            foreach (var selection in selectionSet.Selections)
            {
                var next = selection switch
                {
                    GraphQLField field => Field(field),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => default(Size),
                };
                size = Size.Beside(size, next);
            }

            return size;
        }

        private Size Field(GraphQLField field)
        {
            var name = field.Name.StringValue;
            var below = Measure(field.SelectionSet);
            var isIntrospection = name is "__schema" or "__type";
            var isTypeList = name is "fields" or "inputFields" or "interfaces" or "possibleTypes";
            return new Size(
                Depth: isIntrospection ? 0 : 1 + below.Depth,
                AllDepth: 1 + below.AllDepth,
                IntrospectionDepth: isIntrospection ? 1 + below.AllDepth : below.IntrospectionDepth,
                Expanded: 1 + below.Expanded,
                Schemas: (name == "__schema" ? 1 : 0) + below.Schemas,
                Nesting: (isTypeList ? 1 : 0) + below.Nesting,
                IntrospectionNesting: isIntrospection ? below.Nesting : below.IntrospectionNesting);
        }

        private Size Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            // An unknown fragment or a cycle is reported by validation; here it adds nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return default(Size);
            }

            var size = Measure(fragment.SelectionSet);
            _inProgress.Remove(name);
            _measured[name] = size;
            return size;
        }
    }
}
