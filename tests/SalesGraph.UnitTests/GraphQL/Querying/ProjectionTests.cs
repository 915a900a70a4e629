using Microsoft.EntityFrameworkCore;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.UnitTests.GraphQL.Querying;

public sealed class ProjectionTests : IDisposable
{
    private readonly Library _library = new();

    private static System.Linq.Expressions.Expression<Func<Book, Book>>? Project(LibraryDb db, IReadOnlyList<SortKey<Book>> order, params string[] selected)
    {
        var entity = db.Model.FindEntityType(typeof(Book))!;
        var always = entity.GetKeys().SelectMany(k => k.Properties).Concat(entity.GetForeignKeys().SelectMany(f => f.Properties)).Select(p => p.PropertyInfo!);
        return Projection.Build<Book>(Library.Books, selected, always, order.Select(k => k.Selector), p => entity.FindProperty(p) is not null);
    }

    [Fact]
    public void OnlySelectedColumnsKeysAndSortKeysAreRead()
    {
        using var db = _library.Open();
        var order = SortTranslator.Translate(
            new List<object?> { new Dictionary<string, object?> { ["pages"] = SortDirection.Descending } }, Library.Books, new TestAccess(), Library.ById);
        var projection = Project(db, order, "title", "shelf", "__typename")!;

        var sql = KeysetPaging.PageQuery(db.Books, order, new PageRequest(5, false, null, null)).Select(projection).ToQueryString();

        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Pages\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"ShelfId\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Isbn\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Price\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectedRowsCarryTheSelectedValuesAndWorkingCursors()
    {
        await using var db = _library.Open();
        var projection = Project(db, Library.ById, "title");
        var page = await db.Books.ToConnectionAsync(Library.ById, new PageRequest(2, false, null, null), false, CancellationToken.None, projection);
        Assert.Equal(["B book 01", "C book 02"], page.Nodes.Select(b => b.Title));
        Assert.All(page.Nodes, b => Assert.Null(b.Isbn));

        var next = await db.Books.ToConnectionAsync(Library.ById, new PageRequest(2, false, Cursor.Decode(page.PageInfo.EndCursor, "after"), null), false, CancellationToken.None, projection);
        Assert.Equal([3, 4], next.Nodes.Select(b => b.Id));
    }

    [Fact]
    public void AnOrderingWrittenOverAnInterfaceStillReadsOnlySelectedColumns()
    {
        using var db = _library.Open();
        var order = ByIdOf<Book>();
        var projection = Project(db, order, "title");

        Assert.NotNull(projection);
        var sql = KeysetPaging.PageQuery(db.Books, order, new PageRequest(5, false, null, null)).Select(projection).ToQueryString();
        Assert.Contains("\"Title\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Isbn\"", sql, StringComparison.Ordinal);
    }

    private static IReadOnlyList<SortKey<T>> ByIdOf<T>()
        where T : IIdentified => [SortKey<T>.Ascending(e => e.Id)];

    [Fact]
    public void SelectingAComputedFieldReadsTheWholeRow()
    {
        using var db = _library.Open();
        Assert.Null(Project(db, Library.ById, "title", "priceWithTax"));
    }

    public void Dispose() => _library.Dispose();
}
