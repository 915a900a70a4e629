namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>Finds files of the repository the tests run from.</summary>
public static class RepoFiles
{
    /// <summary>The repository root: the nearest folder up from the test binaries that holds SalesGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
