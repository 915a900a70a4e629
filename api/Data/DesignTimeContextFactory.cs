using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesGraph.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the app.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteSalesGraphDbContext>
{
    public SqliteSalesGraphDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteSalesGraphDbContext>();
        DataFeature.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteSalesGraphDbContext(options.Options);
    }
}
