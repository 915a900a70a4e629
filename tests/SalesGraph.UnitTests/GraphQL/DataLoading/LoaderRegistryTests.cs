using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using SalesGraph.Data.Entities;
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

    [Fact]
    public async Task FieldsOfOneNameOnDifferentParentTypesGetSeparateLoadersAndTheirOwnData()
    {
        // Region.customers and Staff.customers load the same entity with the same shape and share the field name: only
        // the parent type tells them apart, and a region and a staff member may have the same database id.
        var registry = new LoaderRegistry();
        var shape = new Shape(10, "name");
        var ofRegion = Add(registry, RegionCustomers(shape), "region");
        var ofStaff = Add(registry, LoaderKey.OfField(OnField("Staff", "customers"), typeof(Customer), shape), "staff");

        Assert.NotSame(ofRegion, ofStaff);
        Assert.Equal("region 3", await ofRegion.Load(3).GetResultAsync());
        Assert.Equal("staff 3", await ofStaff.Load(3).GetResultAsync());
    }

    [Fact]
    public void OneFieldAskingAgainWithTheSameShapeGetsItsLoaderBack()
    {
        var registry = new LoaderRegistry();
        var first = Add(registry, RegionCustomers(new Shape(10, "name")), "a");
        var again = Add(registry, RegionCustomers(new Shape(10, "name")), "b");
        var otherPage = Add(registry, RegionCustomers(new Shape(20, "name")), "c");

        Assert.Same(first, again);
        Assert.NotSame(first, otherPage);
    }

    [Fact]
    public async Task LookupsByIdShareALoaderPerReturnedTypeAndSelectionNotPerEntity()
    {
        // Two object types over one entity map the same field names to different columns (the old name, entity + columns,
        // was the same for both); fields returning one type with one selection share a batch whatever wraps the type.
        var registry = new LoaderRegistry();
        var staff = new ObjectGraphType { Name = "Staff" };
        var card = new ObjectGraphType { Name = "StaffCard" };
        var owner = Add(registry, LoaderKey.OfReturnedType(Returning(staff), typeof(Staff), "name"), "staff");
        var manager = Add(registry, LoaderKey.OfReturnedType(Returning(new NonNullGraphType(staff)), typeof(Staff), "name"), "other");
        var cardOwner = Add(registry, LoaderKey.OfReturnedType(Returning(card), typeof(Staff), "name"), "card");

        Assert.Same(owner, manager);
        Assert.NotSame(owner, cardOwner);
        Assert.Equal("card 7", await cardOwner.Load(7).GetResultAsync());
        Assert.Equal("staff 7", await manager.Load(7).GetResultAsync());
    }

    [Fact]
    public void AKeyWhoseLoaderHasOtherTypesThrowsInsteadOfServingItsValues()
    {
        var registry = new LoaderRegistry();
        var key = RegionCustomers(new Shape(10, "name"));
        Add(registry, key, "region");

        var error = Assert.Throws<InvalidOperationException>(() => registry.GetOrAdd<int, int>(
            key, (keys, _) => Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k)), missing: 0));

        Assert.Contains("Region.customers", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchLoader<Int32, String>", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchLoader<Int32, Int32>", error.Message, StringComparison.Ordinal);
    }

    private static LoaderKey RegionCustomers(object shape) => LoaderKey.OfField(OnField("Region", "customers"), typeof(Customer), shape);

    private static BatchLoader<int, string?> Add(LoaderRegistry registry, LoaderKey key, string source) => registry.GetOrAdd(key, Fetch(source), missing: null);

    private static ResolveFieldContext OnField(string parentType, string field) => new()
    {
        ParentType = new ObjectGraphType { Name = parentType },
        FieldDefinition = new FieldType { Name = field },
    };

    private static ResolveFieldContext Returning(IGraphType type) => new() { FieldDefinition = new FieldType { Name = "owner", ResolvedType = type } };

    private static Func<IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, string?>>> Fetch(string source) =>
        (keys, _) => Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.ToDictionary(k => k, k => (string?)$"{source} {k}"));

    private sealed record Shape(int PageSize, string Columns);
}
