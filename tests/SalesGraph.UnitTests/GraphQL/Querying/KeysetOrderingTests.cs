using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.UnitTests.GraphQL.Querying;

public sealed class KeysetOrderingTests : IDisposable
{
    private readonly Library _library = new();

    private static List<object?> Order(params (string Field, SortDirection Direction)[] keys) =>
        [.. keys.Select(k => (object?)new Dictionary<string, object?> { [k.Field] = k.Direction })];

    private async Task<List<Book>> PageThroughAsync(IReadOnlyList<SortKey<Book>> order, int size, bool backward)
    {
        var all = new List<Book>();
        CursorValues? cursor = null;
        while (true)
        {
            await using var db = _library.Open();
            var page = backward ? new PageRequest(size, true, null, cursor) : new PageRequest(size, false, cursor, null);
            var connection = await db.Books.ToConnectionAsync(order, page, false, CancellationToken.None);
            if (backward)
            {
                all.InsertRange(0, connection.Nodes);
            }
            else
            {
                all.AddRange(connection.Nodes);
            }

            var more = backward ? connection.PageInfo.HasPreviousPage : connection.PageInfo.HasNextPage;
            if (!more)
            {
                return all;
            }

            cursor = Cursor.Decode(backward ? connection.PageInfo.StartCursor : connection.PageInfo.EndCursor, "after");
        }
    }

    private List<Book> AllBooks()
    {
        using var db = _library.Open();
        return [.. db.Books];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PagesOverTiesAndNullsVisitEveryRowOnceInTheRequestedOrder(bool backward)
    {
        var order = SortTranslator.Translate(
            Order(("publishedOn", SortDirection.Descending), ("genre", SortDirection.Ascending), ("isbn", SortDirection.Ascending)),
            Library.Books, new TestAccess(), Library.ById);
        var expected = AllBooks()
            .OrderBy(b => b.PublishedOn is null ? 0 : 1).ThenByDescending(b => b.PublishedOn)
            .ThenBy(b => b.Genre)
            .ThenBy(b => b.Isbn is null ? 1 : 0).ThenBy(b => b.Isbn, StringComparer.Ordinal)
            .ThenBy(b => b.Id)
            .Select(b => b.Id);

        var seen = await PageThroughAsync(order, 5, backward);

        Assert.Equal(expected, seen.Select(b => b.Id));
    }

    [Fact]
    public async Task EnumsSortInTheirDeclaredOrderNotByTheStoredName()
    {
        var order = SortTranslator.Translate(Order(("genre", SortDirection.Ascending)), Library.Books, new TestAccess(), Library.ById);
        var seen = await PageThroughAsync(order, 7, backward: false);
        Assert.Equal([Genre.Poetry, Genre.Novel, Genre.Essay], seen.Select(b => b.Genre).Distinct());
    }

    [Fact]
    public async Task ACursorOfAnotherOrderingIsRefused()
    {
        var byPages = SortTranslator.Translate(Order(("pages", SortDirection.Descending)), Library.Books, new TestAccess(), Library.ById);
        await using var db = _library.Open();
        var first = await db.Books.ToConnectionAsync(byPages, new PageRequest(3, false, null, null), false, CancellationToken.None);
        var cursor = Cursor.Decode(first.PageInfo.EndCursor, "after");

        var error = await Assert.ThrowsAsync<CodedExecutionError>(() =>
            db.Books.ToConnectionAsync(Library.ById, new PageRequest(3, false, cursor, null), false, CancellationToken.None));
        Assert.Equal(ErrorCodes.Validation, error.Code);
    }

    [Fact]
    public void SortingOnAFieldTheCallerCannotReadIsRefused()
    {
        var error = Assert.Throws<CodedExecutionError>(() =>
            SortTranslator.Translate(Order(("price", SortDirection.Ascending)), Library.Books, new TestAccess("Book.price"), Library.ById));
        Assert.Equal(ErrorCodes.NotAuthorized, error.Code);
    }

    [Fact]
    public void TheIdTieBreakAlwaysComesLast()
    {
        var order = SortTranslator.Translate(Order(("pages", SortDirection.Descending)), Library.Books, new TestAccess(), Library.ById);
        Assert.Same(Library.ById[0], order[^1]);
        Assert.Equal(Library.ById, SortTranslator.Translate(null, Library.Books, new TestAccess(), Library.ById));
    }

    public void Dispose() => _library.Dispose();
}
