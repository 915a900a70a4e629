using GraphQLParser;
using SalesGraph.GraphQL.Limits;

namespace SalesGraph.UnitTests.GraphQL.Limits;

public sealed class DocumentShapeTests
{
    private static DocumentShape Measure(string document) => DocumentShape.Measure(Parser.Parse(document));

    [Theory]
    [InlineData("{ a }", 1)]
    [InlineData("{ a { b { c } } }", 3)]
    [InlineData("{ a { b } c { d { e } } }", 3)]
    [InlineData("{ a { ...F } } fragment F on T { b { c } }", 3)]
    [InlineData("{ a { ... on T { b { ... { c } } } } }", 3)]
    [InlineData("query A { a } query B { a { b { c { d } } } }", 4)]
    public void DepthCountsEveryFieldLevelThroughFragments(string document, int depth) =>
        Assert.Equal(depth, Measure(document).Depth);

    [Fact]
    public void IntrospectionIsMeasuredApartFromTheDepthOfData()
    {
        var shape = Measure("{ a { b } __type(name: \"T\") { ofType { ofType { ofType { name } } } } }");

        Assert.Equal(2, shape.Depth);
        Assert.Equal(5, shape.IntrospectionDepth);
    }

    [Fact]
    public void AliasesDirectivesAndFieldsAreCountedAsWritten()
    {
        var shape = Measure("query($x: Boolean!) @a { x: a @include(if: $x) y: a @skip(if: $x) { z: b } ...F @c } fragment F on Q @d { a }");

        Assert.Equal(3, shape.Aliases);
        Assert.Equal(5, shape.Directives);
        Assert.Equal(4, shape.FieldSelections);
    }

    [Fact]
    public void FragmentsSpreadManyTimesCountOnceAsWrittenButEveryTimeExpanded()
    {
        var document = "{ ...F30 } fragment F0 on Q { a } "
            + string.Concat(Enumerable.Range(1, 30).Select(i => $"fragment F{i} on Q {{ ...F{i - 1} ...F{i - 1} }} "));

        var shape = Measure(document);

        Assert.Equal(1, shape.FieldSelections);
        Assert.Equal(Math.Pow(2, 30), shape.ExpandedFields);
    }

    [Fact]
    public void FragmentCyclesAreLeftToValidationInsteadOfLoopingForever()
    {
        var shape = Measure("{ ...A } fragment A on Q { a { ...B } } fragment B on Q { b { ...A } }");

        Assert.Equal(2, shape.Depth);
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { ofType { name } } } } } }", 1)]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }", 2)]
    [InlineData("{ __schema { types { interfaces { fields { type { possibleTypes { name } } } } } } }", 3)]
    [InlineData("{ fields { fields { fields { name } } } }", 0)]
    public void TypeListsNestedInIntrospectionAreCounted(string document, int nesting) =>
        Assert.Equal(nesting, Measure(document).IntrospectionNesting);

    [Fact]
    public void SchemaSelectionsAreCountedAcrossAliasesAndFragments()
    {
        var shape = Measure("{ a: __schema { description } ...F } fragment F on Query { b: __schema { description } }");

        Assert.Equal(2, shape.SchemaSelections);
    }
}
