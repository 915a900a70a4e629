using Microsoft.EntityFrameworkCore;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.UnitTests.GraphQL.Querying;

public sealed class FilterTranslatorTests : IDisposable
{
    private readonly Library _library = new();

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private List<int> Ids(object where, IQueryAccess? access = null)
    {
        using var db = _library.Open();
        var predicate = FilterTranslator.Translate<Book>(where, Library.Books, access ?? new TestAccess());
        var query = predicate is null ? db.Books : db.Books.Where(predicate);
        return [.. query.Select(b => b.Id).Order()];
    }

    private List<int> Expected(Func<Book, bool> predicate)
    {
        using var db = _library.Open();
        return [.. db.Books.Include(b => b.Shelf).AsEnumerable().Where(predicate).Select(b => b.Id).Order()];
    }

    public static TheoryData<string, object?, string> Operations => new()
    {
        { "pages", Obj(("eq", 200)), "pages == 200" },
        { "pages", Obj(("neq", 200)), "pages != 200" },
        { "pages", Obj(("in", new List<object?> { 100, 300 })), "pages in 100,300" },
        { "pages", Obj(("nin", new List<object?> { 100, 300 })), "pages not in 100,300" },
        { "price", Obj(("gt", 10.99m)), "price > 10.99" },
        { "price", Obj(("gte", 10.99m)), "price >= 10.99" },
        { "price", Obj(("lt", 10.99m)), "price < 10.99" },
        { "price", Obj(("lte", 10.99m)), "price <= 10.99" },
        { "title", Obj(("contains", "book 1")), "title contains 'book 1'" },
        { "title", Obj(("startsWith", "B")), "title starts with B" },
        { "isbn", Obj(("eq", null)), "isbn is null" },
        { "isbn", Obj(("neq", null)), "isbn is set" },
        { "publishedOn", Obj(("gte", new DateOnly(2020, 2, 1))), "published from February" },
        { "genre", Obj(("in", new List<object?> { Genre.Essay, Genre.Poetry })), "essay or poetry" },
        { "genre", Obj(("neq", Genre.Novel)), "not a novel" },
        { "inPrint", Obj(("eq", true)), "in print" },
    };

    private static readonly Dictionary<string, Func<Book, bool>> Meaning = new()
    {
        ["pages == 200"] = b => b.Pages == 200,
        ["pages != 200"] = b => b.Pages != 200,
        ["pages in 100,300"] = b => b.Pages is 100 or 300,
        ["pages not in 100,300"] = b => b.Pages is not (100 or 300),
        ["price > 10.99"] = b => b.Price > 10.99m,
        ["price >= 10.99"] = b => b.Price >= 10.99m,
        ["price < 10.99"] = b => b.Price < 10.99m,
        ["price <= 10.99"] = b => b.Price <= 10.99m,
        ["title contains 'book 1'"] = b => b.Title.Contains("book 1", StringComparison.Ordinal),
        ["title starts with B"] = b => b.Title.StartsWith('B'),
        ["isbn is null"] = b => b.Isbn is null,
        ["isbn is set"] = b => b.Isbn is not null,
        ["published from February"] = b => b.PublishedOn >= new DateOnly(2020, 2, 1),
        ["essay or poetry"] = b => b.Genre is Genre.Essay or Genre.Poetry,
        ["not a novel"] = b => b.Genre != Genre.Novel,
        ["in print"] = b => b.InPrint,
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void EachOperationSelectsExactlyTheMatchingRowsInSql(string field, object? operation, string meaning)
    {
        var expected = Expected(Meaning[meaning]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(Obj((field, operation))));
    }

    [Fact]
    public void FieldsAndAndListsAllHoldWhileOrListsNeedOne()
    {
        var where = Obj(
            ("inPrint", Obj(("eq", true))),
            ("and", new List<object?> { Obj(("pages", Obj(("gte", 200)))) }),
            ("or", new List<object?> { Obj(("genre", Obj(("eq", Genre.Essay)))), Obj(("title", Obj(("startsWith", "A")))) }));
        var expected = Expected(b => b.InPrint && b.Pages >= 200 && (b.Genre == Genre.Essay || b.Title.StartsWith('A')));
        Assert.NotEmpty(expected);
        Assert.NotEqual(Expected(b => b.InPrint && b.Pages >= 200), expected);
        Assert.Equal(expected, Ids(where));
    }

    [Fact]
    public void FilterThroughARelationMatchesOnlyRowsWithAVisibleRelatedRow()
    {
        var where = Obj(("shelf", Obj(("label", Obj(("neq", "front"))))));
        Assert.Equal(Expected(b => b.Shelf is not null && b.Shelf.Label != "front"), Ids(where));

        var hidingTheAttic = new TestAccess { Rows = s => !s.Hidden };
        Assert.Equal(Expected(b => b.Shelf is { Label: "back" }), Ids(where, hidingTheAttic));
    }

    [Fact]
    public void AFieldTheCallerCannotReadIsRefusedBeforeAnySql()
    {
        var error = Assert.Throws<CodedExecutionError>(() =>
            FilterTranslator.Translate<Book>(Obj(("or", new List<object?> { Obj(("isbn", Obj(("eq", "x")))) })), Library.Books, new TestAccess("Book.isbn")));
        Assert.Equal(ErrorCodes.NotAuthorized, error.Code);

        var throughRelation = Assert.Throws<CodedExecutionError>(() =>
            FilterTranslator.Translate<Book>(Obj(("shelf", Obj(("label", Obj(("eq", "x")))))), Library.Books, new TestAccess("Shelf.label")));
        Assert.Equal(ErrorCodes.NotAuthorized, throughRelation.Code);
    }

    [Fact]
    public void ComparisonsWithoutAValueAndOverlongListsAreRejected()
    {
        Assert.Equal(ErrorCodes.Validation, Assert.Throws<CodedExecutionError>(() => Ids(Obj(("pages", Obj(("gt", null)))))).Code);
        var many = Enumerable.Range(0, FilterOperations.MaxListLength + 1).Select(i => (object?)i).ToList();
        Assert.Equal(ErrorCodes.Validation, Assert.Throws<CodedExecutionError>(() => Ids(Obj(("pages", Obj(("in", many)))))).Code);
    }

    [Fact]
    public void ComputedFieldsAreNeitherFilterableNorSortable()
    {
        Assert.DoesNotContain("priceWithTax", Library.Books.Members.Keys);
        Assert.Contains("shelf", Library.Books.Members.Keys);
        Assert.True(Library.Books.Members["shelf"].IsRelation);
    }

    public void Dispose() => _library.Dispose();
}
