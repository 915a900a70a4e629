using System.Linq.Expressions;
using GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.UnitTests.GraphQL.Querying;

// A tiny model of its own, so the querying machinery is tested without any sales concept.
public enum Genre { Poetry, Novel, Essay }

public sealed class Shelf
{
    public int Id { get; set; }
    public required string Label { get; set; }
    public bool Hidden { get; set; }
}

/// <summary>A key shared by several entities, as generic code orders by it (<c>e => e.Id</c> with <c>T : IIdentified</c>).</summary>
public interface IIdentified
{
    int Id { get; }
}

public sealed class Book : IIdentified
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Isbn { get; set; }
    public int Pages { get; set; }
    public decimal Price { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public Genre Genre { get; set; }
    public bool InPrint { get; set; }
    public int? ShelfId { get; set; }
    public Shelf? Shelf { get; set; }
}

public sealed class ShelfGraphType : ObjectGraphType<Shelf>
{
    public ShelfGraphType()
    {
        Name = "Shelf";
        Field(s => s.Label);
    }
}

public sealed class BookGraphType : ObjectGraphType<Book>
{
    public BookGraphType()
    {
        Name = "Book";
        Field(b => b.Title);
        Field(b => b.Isbn, nullable: true);
        Field(b => b.Pages);
        Field(b => b.Price);
        Field(b => b.PublishedOn, nullable: true);
        Field(b => b.Genre);
        Field(b => b.InPrint);
        Field<DecimalGraphType>("priceWithTax").Resolve(c => c.Source.Price * 1.1m);
        Field<ShelfGraphType>("shelf").Resolve(_ => null);
    }
}

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    public DbSet<Book> Books => Set<Book>();

    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Property(b => b.Genre).HasConversion<string>();
        modelBuilder.Entity<Book>().Property(b => b.Price).HasConversion(v => (long)(v * 100), v => v / 100m);
    }
}

/// <summary>An in-memory SQLite library: 3 shelves, 24 books with ties and nulls in every sortable column.</summary>
public sealed class Library : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Library()
    {
        _connection.Open();
        Options = new DbContextOptionsBuilder<LibraryDb>().UseSqlite(_connection).Options;
        using var db = Open();
        db.Database.EnsureCreated();
        db.Shelves.AddRange(new Shelf { Id = 1, Label = "front" }, new Shelf { Id = 2, Label = "back" }, new Shelf { Id = 3, Label = "attic", Hidden = true });
        for (var i = 1; i <= 24; i++)
        {
            db.Books.Add(new Book
            {
                Id = i,
                Title = $"{(char)('A' + (i % 5))} book {i:00}",
                Isbn = i % 3 == 0 ? null : $"978-{i:0000}",
                Pages = 100 * (1 + (i % 3)),
                Price = 9.99m + (i % 4),
                PublishedOn = i % 4 == 0 ? null : new DateOnly(2020, 1 + (i % 2), 1),
                Genre = (Genre)(i % 3),
                InPrint = i % 2 == 0,
                ShelfId = i % 6 == 0 ? null : 1 + (i % 3),
            });
        }

        db.SaveChanges();
    }

    public DbContextOptions<LibraryDb> Options { get; }

    public LibraryDb Open() => new(Options);

    public static QueryableEntity Books => QueryableEntity.For<BookGraphType>();

    public static readonly IReadOnlyList<SortKey<Book>> ById = [SortKey<Book>.Ascending(b => b.Id)];

    public void Dispose() => _connection.Dispose();
}

/// <summary>Allows everything except the named fields; hides the rows <see cref="Rows"/> excludes.</summary>
public sealed class TestAccess(params string[] refused) : IQueryAccess
{
    public Expression<Func<Shelf, bool>>? Rows { get; init; }

    public bool MayUse(string typeName, string fieldName) => !refused.Contains($"{typeName}.{fieldName}");

    public LambdaExpression? RowsOf(Type entityType) => entityType == typeof(Shelf) ? Rows : null;
}
