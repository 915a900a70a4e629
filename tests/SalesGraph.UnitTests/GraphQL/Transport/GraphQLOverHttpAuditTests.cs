using System.Diagnostics;
using SalesGraph.UnitTests.GraphQL.Testing;
using Xunit.Abstractions;

namespace SalesGraph.UnitTests.GraphQL.Transport;

/// <summary>
/// Runs graphql-http's server audit (tests/audit/audit.mjs) against the transport on a real loopback port.
/// Needs <c>npm --prefix tests/audit ci</c> beforehand; without node or the installed audit it passes with a message.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TransportPassesEveryMustOfTheGraphQLOverHttpAudit()
    {
        var auditDirectory = Path.Combine(RepositoryRoot(), "tests", "audit");
        if (!Directory.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http")))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "graphql-http is not installed in CI");
            output.WriteLine($"SKIPPED: graphql-http is not installed; run `npm --prefix {auditDirectory} ci` first.");
            return;
        }

        await using var app = await TinyGraphQLApp.StartAsync(onLoopbackPort: true);
        var url = app.Address.TrimEnd('/') + "/graphql";
        var start = new ProcessStartInfo("node", ["audit.mjs", url])
        {
            WorkingDirectory = auditDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine("SKIPPED: node is not on the PATH.");
            return;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            output.WriteLine(await stdout);
            output.WriteLine(await stderr);

            Assert.True(process.ExitCode == 0, $"The audit reported MUST failures:\n{await stdout}\n{await stderr}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
