using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesGraph.Data;

/// <summary>Registers the database for the configured provider.</summary>
public static class DataFeature
{
    /// <summary>The connection string used when <c>ConnectionStrings:SalesGraph</c> is not set.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=salesgraph.db";

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> of <see cref="SalesGraphDbContext"/>: every unit of
    /// work (a root field, a batch of a loader, a mutation) creates and disposes its own context, so resolvers that run
    /// in parallel never share one.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetSection(DatabaseOptions.Section).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("SalesGraph") ?? DefaultSqliteConnectionString;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<SqliteSalesGraphDbContext>((sp, o) =>
                {
                    ConfigureSqlite(o, connectionString);
                    // Interceptors registered in DI (diagnostics, tests counting SQL statements) apply to every context.
                    o.AddInterceptors(sp.GetServices<IInterceptor>());
                });
                services.AddSingleton<IDbContextFactory<SalesGraphDbContext>>(sp =>
                    new DerivedContextFactory<SqliteSalesGraphDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSalesGraphDbContext>>()));
                break;
            default:
                throw new InvalidOperationException($"Database provider '{provider}' is not supported yet.");
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>SQLite options shared by the app, the design-time factory and the bulk generator.</summary>
    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        options.UseSqlite(builder.ToString(), o => o.MigrationsHistoryTable("__migrations"))
            .AddInterceptors(SqlitePragmas.Instance)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    private sealed class DerivedContextFactory<TDerived>(IDbContextFactory<TDerived> inner) : IDbContextFactory<SalesGraphDbContext>
        where TDerived : SalesGraphDbContext
    {
        public SalesGraphDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
