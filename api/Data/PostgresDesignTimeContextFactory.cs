using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesGraph.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context PostgresSalesGraphDbContext</c> build the PostgreSQL context without
/// starting the app or reaching a server (adding a migration never connects).
/// </summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresSalesGraphDbContext>
{
    public PostgresSalesGraphDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresSalesGraphDbContext>();
        DataFeature.ConfigurePostgres(options, "Host=localhost;Database=salesgraph_design_time");
        return new PostgresSalesGraphDbContext(options.Options);
    }
}
