using System.ComponentModel.DataAnnotations;

namespace SalesGraph.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo company when the database is empty (on by default).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Apply pending migrations at start-up (on by default).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Fill the KPI summary tables at start-up when they are empty while contracts exist (on by default): a database
    /// upgraded to a version that has them gets them computed once, however it was migrated. Turn it off on instances
    /// whose database is a read-only replica.
    /// </summary>
    public bool BackfillKpiFacts { get; set; } = true;

    /// <summary>
    /// How long start-up waits for an unreachable database before it gives up (60 s by default): instances behind a
    /// load balancer may start before the database does. Requests never wait like this; they fail fast.
    /// </summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>The database engines SalesGraph runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
