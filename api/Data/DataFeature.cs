using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SalesGraph.Auth;

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
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresSalesGraphDbContext>((sp, o) =>
                {
                    ConfigurePostgres(o, configuration.GetConnectionString("SalesGraph")
                        ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:SalesGraph is not set."));
                    o.AddInterceptors(sp.GetServices<IInterceptor>());
                });
                services.AddSingleton<IDbContextFactory<SalesGraphDbContext>>(sp =>
                    new DerivedContextFactory<PostgresSalesGraphDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresSalesGraphDbContext>>()));
                // Several instances share one PostgreSQL database, so failed sign-ins are counted there, not per process.
                services.AddSingleton<ILoginThrottle, DatabaseLoginThrottle>();
                break;
            default:
                throw new InvalidOperationException($"Database provider '{provider}' is not supported.");
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

    /// <summary>
    /// PostgreSQL options shared by the app, the design-time factory and the seed command. Unless the connection string
    /// says otherwise, opening a connection gives up after 2 s and a command after 15 s, so a request fails fast with a
    /// clear error while the database is down instead of queueing; nothing retries, because a retry would only hide the
    /// outage from the caller and from <c>/healthz</c>.
    /// </summary>
    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsHistoryTable("__migrations"))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary><paramref name="connectionString"/> with SalesGraph's defaults for the settings it leaves at Npgsql's.</summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var defaults = new NpgsqlConnectionStringBuilder();
        if (builder.Timeout == defaults.Timeout)
        {
            builder.Timeout = 2;
        }

        if (builder.CommandTimeout == defaults.CommandTimeout)
        {
            builder.CommandTimeout = 15;
        }

        // Finds connections a dead server or a dropped network left in the pool, instead of failing the next request.
        if (builder.KeepAlive == defaults.KeepAlive)
        {
            builder.KeepAlive = 15;
        }

        builder.ApplicationName ??= "SalesGraph";
        return builder.ToString();
    }

    private sealed class DerivedContextFactory<TDerived>(IDbContextFactory<TDerived> inner) : IDbContextFactory<SalesGraphDbContext>
        where TDerived : SalesGraphDbContext
    {
        public SalesGraphDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
