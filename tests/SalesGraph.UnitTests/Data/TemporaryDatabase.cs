using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.UnitTests.Data;

/// <summary>A SQLite file in the temp folder, deleted with its WAL files when the test ends.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"salesgraph-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public SqliteSalesGraphDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SqliteSalesGraphDbContext>();
        DataFeature.ConfigureSqlite(options, ConnectionString);
        return new SqliteSalesGraphDbContext(options.Options);
    }

    public SqliteSalesGraphDbContext Migrated()
    {
        var context = NewContext();
        context.Database.Migrate();
        return context;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
