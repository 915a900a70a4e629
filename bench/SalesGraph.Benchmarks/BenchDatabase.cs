namespace SalesGraph.Benchmarks;

/// <summary>Finds the large data set the benchmarks read (bench/README.md says how to make it).</summary>
public static class BenchDatabase
{
    /// <summary>Whether the environment points the app at PostgreSQL instead (<c>Database__Provider=Postgres</c>).</summary>
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("Database__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>SALESGRAPH_BENCH_DB</c> if set, else <c>api/bench.db</c> of the repository (where the documented seed command
    /// writes it, since <c>dotnet run --project api</c> runs in the api folder).
    /// </summary>
    public static string Path()
    {
        if (Environment.GetEnvironmentVariable("SALESGRAPH_BENCH_DB") is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(configured);
        }

        var path = System.IO.Path.Combine(ApiDirectory(), "bench.db");
        return File.Exists(path) ? path : throw new FileNotFoundException($"No data set at {path}: see bench/README.md.", path);
    }

    /// <summary>The api project's folder (the app's content root).</summary>
    public static string ApiDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SalesGraph.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "api");
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (SalesGraph.sln).");
    }
}
