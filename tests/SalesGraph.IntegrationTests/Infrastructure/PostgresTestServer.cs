using Npgsql;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may use: <c>SALESGRAPH_TEST_POSTGRES</c> holds a connection string to it (as printed
/// by <c>tests/postgres/start-cluster.sh</c>), with a user that may create databases. Each app fixture gets a database
/// of its own, created by the app's start-up migration and dropped on disposal.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "SALESGRAPH_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests are skipped when the server is not configured.</summary>
    public const string SkipReason =
        $"PostgreSQL tests skipped: {Variable} is not set. Start a throwaway server with tests/postgres/start-cluster.sh " +
        $"and set {Variable} to the connection string it prints (./test.sh does both; in CI a missing server fails).";

    /// <summary>The server's connection string, or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    /// <summary>True in CI, where a missing server is a failure rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to a new, not yet existing database on the server (the app's migration creates it).</summary>
    public static string NewDatabase(string? extra = null)
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, but a PostgreSQL test is running (CI={Environment.GetEnvironmentVariable("CI")}). {SkipReason}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"sg_test_{Guid.NewGuid():N}"[..30] };
        if (builder.Timeout == new NpgsqlConnectionStringBuilder().Timeout)
        {
            // The app's 2 s connect timeout also bounds the wait for a pooled connection; test fixtures seeding in
            // parallel on a 2-core machine can exceed it without anything being down. A stopped server refuses
            // connections at once whatever this value, which is what the outage test measures.
            builder.Timeout = 20;
        }

        return extra is null ? builder.ConnectionString : builder.ConnectionString + ";" + extra;
    }

    /// <summary>Drops a database made by <see cref="NewDatabase"/>, disconnecting whoever still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString ?? connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
