using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using SalesGraph.GraphQL.DataLoading;

namespace SalesGraph.UnitTests.GraphQL.DataLoading;

public sealed class LoaderRegistryTests
{
    private static readonly FieldType Contracts = new() { Name = "contracts" };

    private static ResolveFieldContext On(GraphQLField field) => new() { FieldAst = field, FieldDefinition = Contracts };

    private static GraphQLField Field() => new(new GraphQLName("contracts"));

    [Fact]
    public void EveryObjectOfOneFieldSharesTheLoaderPreparedForTheFirst()
    {
        var registry = new LoaderRegistry();
        var field = Field();
        var prepared = 0;
        object Prepare() => new { Run = ++prepared };

        var first = registry.ForField(On(field), Prepare);
        var second = registry.ForField(On(field), Prepare);

        Assert.Same(first, second);
        Assert.Equal(1, prepared);
    }

    [Fact]
    public void AnotherFieldOfTheDocumentGetsItsOwnLoader()
    {
        var registry = new LoaderRegistry();
        var prepared = 0;
        object Prepare() => new { Run = ++prepared };

        var first = registry.ForField(On(Field()), Prepare);
        var second = registry.ForField(On(Field()), Prepare);

        Assert.NotSame(first, second);
        Assert.Equal(2, prepared);
    }

    [Fact]
    public void APreparationThatFailedFailsAgainForTheNextObject()
    {
        var registry = new LoaderRegistry();
        var field = Field();
        var attempts = 0;
        object Refuse()
        {
            attempts++;
            throw new InvalidOperationException("refused argument");
        }

        Assert.Throws<InvalidOperationException>(() => registry.ForField(On(field), Refuse));
        Assert.Throws<InvalidOperationException>(() => registry.ForField(On(field), Refuse));
        Assert.Equal(2, attempts);
    }
}
