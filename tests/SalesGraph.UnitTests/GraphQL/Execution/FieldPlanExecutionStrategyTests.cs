using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using SalesGraph.GraphQL.Execution;

namespace SalesGraph.UnitTests.GraphQL.Execution;

/// <summary>
/// The planned strategy must answer exactly as GraphQL.NET's own strategies do, whatever the <c>@skip</c>/<c>@include</c>
/// conditions and variables: each document below runs with every combination of <c>$a</c> and <c>$b</c>, in changing
/// order, on one parsed document (so later runs use the plans the earlier ones made), and its JSON is compared byte for
/// byte with the engine's parallel and serial strategies on a freshly parsed copy.
/// </summary>
public sealed class FieldPlanExecutionStrategyTests
{
    private static readonly string[] Names = ["a", "b"];

    // Declares the variables a selection uses (an unused variable fails validation).
    private static string Operation(string selection)
    {
        var declared = Names.Where(v => selection.Contains($"${v}", StringComparison.Ordinal)).Select(v => $"${v}: Boolean!").ToList();
        return declared.Count == 0 ? selection : $"query({string.Join(", ", declared)}) {selection}";
    }

    public static TheoryData<string, string> Documents => new()
    {
        { "field include and skip", Operation("{ items { id name @include(if: $a) price @skip(if: $b) } }") },
        { "skip wins over include on one field", Operation("{ items { id name @include(if: $a) @skip(if: $b) code @skip(if: $a) @include(if: $b) } }") },
        { "literals", Operation("{ items { id name @include(if: true) price @skip(if: true) code @include(if: false) owner @skip(if: false) { name } } }") },
        { "inline fragments", Operation("{ items { id ... @include(if: $a) { name } ... on Item @skip(if: $b) { price } } }") },
        { "fragment spreads", Operation("{ items { id ...Name @include(if: $a) ...Price @skip(if: $b) } } fragment Name on Item { name } fragment Price on Item { price }") },
        { "conditions inside a fragment", Operation("{ items { ...Row } } fragment Row on Item { id name @include(if: $a) owner @skip(if: $b) { code } }") },
        { "one fragment spread twice under different conditions", Operation("{ items { id ...Name @include(if: $a) ...Name @include(if: $b) } } fragment Name on Item { name code @skip(if: $a) }") },
        { "merged field, one occurrence conditional", Operation("{ items { name @include(if: $a) name code } }") },
        { "merged object field, both conditional", Operation("{ items { owner @include(if: $a) { name } owner @skip(if: $b) { code } } }") },
        { "merged field with arguments", Operation("{ items { children(first: 1) @include(if: $a) { id } children(first: 1) @include(if: $b) { name price @skip(if: $a) } } }") },
        { "nested levels", Operation("{ items { id children(first: 2) @include(if: $a) { id name @skip(if: $b) owner { name @include(if: $b) } } } }") },
        { "abstract type", Operation("{ things { __typename ... on Item { name @include(if: $a) price } ... on Gadget @skip(if: $b) { power } ...GadgetId @include(if: $b) } } fragment GadgetId on Gadget { id }") },
        { "a root field skipped", Operation("{ items @skip(if: $a) { id } things @include(if: $b) { id } }") },
        { "another directive", Operation("{ items { id name @tag owner @tag @include(if: $a) { name } } }") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnswersExactlyAsTheEngineForEveryOutcome(string title, string query)
    {
        var schema = new ShopSchema();
        var planned = new FieldPlanExecutionStrategy();
        var reused = new GraphQLDocumentBuilder().Build(query);
        bool[][] outcomes = [[true, true], [true, false], [false, true], [false, false], [true, false], [false, false], [true, true]];
        foreach (var values in outcomes)
        {
            var variables = new Inputs(new Dictionary<string, object?> { ["a"] = values[0], ["b"] = values[1] });
            var ours = await RunAsync(schema, planned, reused, variables);
            var parallel = await RunAsync(schema, new ParallelExecutionStrategy(), new GraphQLDocumentBuilder().Build(query), variables);
            var serial = await RunAsync(schema, new SerialExecutionStrategy(), new GraphQLDocumentBuilder().Build(query), variables);

            Assert.DoesNotContain("\"errors\"", parallel, StringComparison.Ordinal);
            Assert.True(parallel == ours, $"{title}, a={values[0]} b={values[1]}:\n engine {parallel}\n ours   {ours}");
            Assert.Equal(serial, ours);
        }
    }

    [Fact]
    public async Task ConditionalLevelsAreCollectedOncePerOutcomeNotPerObject()
    {
        var schema = new ShopSchema();
        var planned = new FieldPlanExecutionStrategy();
        var document = new GraphQLDocumentBuilder().Build(
            Operation("{ items { id name @include(if: $a) ...Row @skip(if: $b) } } fragment Row on Item { price owner { name } }"));

        await RunAsync(schema, planned, document, Values(a: true, b: false));
        var afterFirst = planned.Collections;
        await RunAsync(schema, planned, document, Values(a: true, b: false));
        var afterRepeat = planned.Collections;
        await RunAsync(schema, planned, document, Values(a: false, b: true));
        var afterOther = planned.Collections;

        // Root, items (4 objects), owner (4 objects): one collection each for the first outcome; none again.
        Assert.Equal(3, afterFirst);
        Assert.Equal(afterFirst, afterRepeat);
        // The other outcome: a new plan for the items level only (root and owner are unconditional; owner is skipped).
        Assert.Equal(afterFirst + 1, afterOther);
    }

    [Fact]
    public async Task LevelsWithAnotherDirectiveAreCollectedPerObjectByTheEngine()
    {
        var schema = new ShopSchema();
        var planned = new FieldPlanExecutionStrategy();
        var document = new GraphQLDocumentBuilder().Build(Operation("{ items { id name @tag } }"));

        await RunAsync(schema, planned, document, Values(a: true, b: true));
        var first = planned.Collections;
        await RunAsync(schema, planned, document, Values(a: true, b: true));

        // The root once (planned); the items level once per item, on every request.
        Assert.Equal(1 + ShopSchema.Items.Length, first);
        Assert.Equal(first + ShopSchema.Items.Length, planned.Collections);
    }

    [Fact]
    public async Task MergedFieldsAreCollectedPerObjectWhileMergedAndPlannedWhenOneOccurrenceIsSkipped()
    {
        var schema = new ShopSchema();
        var planned = new FieldPlanExecutionStrategy();
        var document = new GraphQLDocumentBuilder().Build(Operation("{ items { owner @include(if: $a) { name } owner { code } } }"));

        await RunAsync(schema, planned, document, Values(a: false, b: false));
        var skipped = planned.Collections;
        await RunAsync(schema, planned, document, Values(a: false, b: false));
        Assert.Equal(skipped, planned.Collections);

        await RunAsync(schema, planned, document, Values(a: true, b: false));
        var merged = planned.Collections;
        await RunAsync(schema, planned, document, Values(a: true, b: false));
        Assert.True(planned.Collections - merged >= ShopSchema.Items.Length, "a merged level is collected for every object");
    }

    private static Inputs Values(bool a, bool b) => new(new Dictionary<string, object?> { ["a"] = a, ["b"] = b });

    private static async Task<string> RunAsync(ISchema schema, IExecutionStrategy strategy, GraphQLDocument document, Inputs variables)
    {
        var executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]),
            []);
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Document = document;
            o.Variables = variables;
            o.ThrowOnUnhandledException = true;
        });
        return new GraphQLSerializer().Serialize(result);
    }

    private sealed record PersonRow(string Name, string Code);

    private sealed record ItemRow(int Id, string Name, decimal Price, string Code, PersonRow Owner, ItemRow[] Children);

    private sealed record GadgetRow(int Id, int Power);

    private sealed class ShopSchema : Schema
    {
        public static readonly ItemRow[] Items =
        [
            Item(1, [Item(11, []), Item(12, [])]),
            Item(2, []),
            Item(3, [Item(31, [])]),
            Item(4, []),
        ];

        public ShopSchema()
        {
            var person = new ObjectGraphType<PersonRow> { Name = "Person" };
            person.Field<StringGraphType>("name").Resolve(c => c.Source.Name);
            person.Field<StringGraphType>("code").Resolve(c => c.Source.Code);

            var thing = new InterfaceGraphType { Name = "Thing" };
            thing.Field<NonNullGraphType<IntGraphType>>("id");

            var item = new ObjectGraphType<ItemRow> { Name = "Item", IsTypeOf = o => o is ItemRow };
            item.Field<NonNullGraphType<IntGraphType>>("id").Resolve(c => c.Source.Id);
            item.Field<StringGraphType>("name").Resolve(c => c.Source.Name);
            item.Field<DecimalGraphType>("price").Resolve(c => c.Source.Price);
            item.Field<StringGraphType>("code").Resolve(c => c.Source.Code);
            item.Field("owner", person).Resolve(c => c.Source.Owner);
            item.Field("children", new ListGraphType(item))
                .Argument<IntGraphType>("first")
                .Resolve(c => c.Source.Children.Take(c.GetArgument("first", int.MaxValue)));
            item.AddResolvedInterface(thing);

            var gadget = new ObjectGraphType<GadgetRow> { Name = "Gadget", IsTypeOf = o => o is GadgetRow };
            gadget.Field<NonNullGraphType<IntGraphType>>("id").Resolve(c => c.Source.Id);
            gadget.Field<IntGraphType>("power").Resolve(c => c.Source.Power);
            gadget.AddResolvedInterface(thing);
            thing.AddPossibleType(item);
            thing.AddPossibleType(gadget);

            var query = new ObjectGraphType { Name = "Query" };
            query.Field("items", new ListGraphType(item)).Resolve(_ => Items);
            query.Field("things", new ListGraphType(thing)).Resolve(_ => new object[] { Items[0], new GadgetRow(7, 70), Items[1], new GadgetRow(8, 80) });
            Query = query;
            RegisterType(gadget);
            Directives.Register(new Directive("tag", DirectiveLocation.Field));
        }

        private static ItemRow Item(int id, ItemRow[] children) =>
            new(id, $"item {id}", id * 1.5m, $"C{id}", new PersonRow($"owner {id}", $"P{id}"), children);
    }
}
