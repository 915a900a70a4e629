using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.UnitTests.GraphQL.Transport;

public sealed class ExecutionResultWriterTests
{
    private const string Query = """
        { text int long money flag ratio day none ints boom
          items { text money alias: int nested { flag none } }
          more: items { int } }
        """;

    [Fact]
    public async Task WritesTheSameJsonAsGraphQLNetsConverter()
    {
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = new Schema { Query = new Root() };
            o.Query = Query;
        });
        Assert.NotEmpty(result.Errors!); // "boom" fails: errors are written too

        var builtIn = new GraphQLSerializer(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Serialize(result);
        var ours = new GraphQLSerializer(o =>
        {
            o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.Converters.Add(new ExecutionResultWriter());
        }).Serialize(result);

        Assert.Equal(builtIn, ours);
        Assert.Contains("\"money\":12.50", ours, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscapesStringsWithTheOptionsEncoder()
    {
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = new Schema { Query = new Root() };
            o.Query = "{ text }";
        });

        var builtIn = new GraphQLSerializer().Serialize(result);
        var ours = new GraphQLSerializer(o => o.Converters.Add(new ExecutionResultWriter())).Serialize(result);

        Assert.Equal(builtIn, ours);
    }

    private sealed class Root : ObjectGraphType
    {
        private static readonly int[] Ints = [1, 2, 3];
        private static readonly int[] Pair = [1, 2];

        public Root()
        {
            Name = "Root";
            Field<StringGraphType>("text").Resolve(_ => "quote \" <tag> é 中文 \u2028 \\ end");
            Field<IntGraphType>("int").Resolve(_ => -42);
            Field<LongGraphType>("long").Resolve(_ => 1L << 40);
            Field<DecimalGraphType>("money").Resolve(_ => 12.50m);
            Field<BooleanGraphType>("flag").Resolve(_ => true);
            Field<FloatGraphType>("ratio").Resolve(_ => 0.1);
            Field<DateOnlyGraphType>("day").Resolve(_ => new DateOnly(2026, 12, 1));
            Field<StringGraphType>("none").Resolve(_ => null);
            Field<ListGraphType<IntGraphType>>("ints").Resolve(_ => Ints);
            Field<StringGraphType>("boom").Resolve(_ => throw new ExecutionError("no"));
            Field<ListGraphType<Item>>("items").Resolve(_ => Pair);
        }
    }

    private sealed class Item : ObjectGraphType<int>
    {
        public Item()
        {
            Name = "Item";
            Field<StringGraphType>("text").Resolve(c => $"item {c.Source}");
            Field<DecimalGraphType>("money").Resolve(c => c.Source * 1.1m);
            Field<IntGraphType>("int").Resolve(c => c.Source);
            Field<Item>("nested").Resolve(c => c.Source == 1 ? 2 : null);
            Field<BooleanGraphType>("flag").Resolve(c => c.Source % 2 == 0);
            Field<StringGraphType>("none").Resolve(_ => null);
        }
    }
}
