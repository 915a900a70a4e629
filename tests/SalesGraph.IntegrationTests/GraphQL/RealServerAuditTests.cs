using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SalesGraph.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SalesGraph.IntegrationTests.GraphQL;

/// <summary>
/// graphql-http's audit (tests/audit/audit.mjs) against the real SalesGraph server on a loopback port, with a real
/// token: 0 MUST failures. Needs <c>npm --prefix tests/audit ci</c> (./test.sh does it); in CI a missing audit fails.
/// </summary>
public sealed class RealServerAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheRealServerPassesEveryMustOfTheGraphQLOverHttpAudit()
    {
        var auditDirectory = RepoFiles.PathOf("tests", "audit");
        if (!Directory.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http")))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "graphql-http is not installed in CI");
            output.WriteLine($"SKIPPED: run `npm --prefix {auditDirectory} ci` first.");
            return;
        }

        using var server = new KestrelSalesGraph();
        server.UseKestrel(0);
        server.StartServer();
        var baseAddress = server.ClientOptions.BaseAddress;
        var token = await server.TokenAsync("director");
        var start = new ProcessStartInfo("node", ["audit.mjs", new Uri(baseAddress, "/graphql").ToString()])
        {
            WorkingDirectory = auditDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["SALESGRAPH_TOKEN"] = token },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);
        Assert.True(process.ExitCode == 0, $"MUST failures:\n{await stdout}\n{await stderr}");
        Assert.Contains(" 0 MUST failures", await stdout, StringComparison.Ordinal);
    }

    private sealed class KestrelSalesGraph : WebApplicationFactory<Program>
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("salesgraph-audit-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:SalesGraph", $"Data Source={Path.Combine(_directory, "audit.db")}");
        }

        public async Task<string> TokenAsync(string username)
        {
            using var client = new HttpClient { BaseAddress = ClientOptions.BaseAddress };
            using var response = await client.PostAsync(
                new Uri("/auth/token", UriKind.Relative),
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password", ["username"] = username, ["password"] = SalesGraphApp.DemoPassword,
                }));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return System.Text.Json.Nodes.JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
        }
    }
}
