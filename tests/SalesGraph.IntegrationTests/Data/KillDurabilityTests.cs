using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SalesGraph.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SalesGraph.IntegrationTests.Data;

/// <summary>
/// An acknowledged write survives a kill -9 of the server (#18 item 2, bench/README.md "Durability"): the real API runs
/// as its own process on a copy of the demo database (SQLite: WAL with <c>synchronous=NORMAL</c>) or on the shared
/// PostgreSQL database; four clients create customers until 40 writes are acknowledged; the process is killed with
/// SIGKILL while writes are still in flight; a new process on the same database must find every acknowledged customer
/// and its audit entry, and SQLite's integrity check must pass.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class KillDurabilityTests(SalesGraphApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryAcknowledgedWriteSurvivesAKill9OfTheServer()
    {
        _ = app.Server; // the shared app's database is seeded
        var directory = Directory.CreateTempSubdirectory("salesgraph-kill-").FullName;
        var database = DatabaseFor(directory);
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();

        using (var first = await ApiProcess.StartAsync(database, output))
        {
            var token = await first.TokenAsync("rep.east.1");
            using var stop = new CancellationTokenSource();
            var clients = Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        var id = await first.CreateCustomerAsync(token, $"持久性测试 {client}-{n} {Guid.NewGuid():N}"[..24]);
                        acknowledged.Add(id);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException && stop.IsCancellationRequested)
                    {
                        return; // the server is gone: this write was never acknowledged
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (acknowledged.Count < 40 && DateTime.UtcNow < deadline && clients.All(c => !c.IsCompleted))
            {
                await Task.Delay(20);
            }

            if (clients.FirstOrDefault(c => c.IsCompleted) is { } stopped)
            {
                await stopped; // a client that stopped before the kill failed: its exception tells why
            }

            Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} writes were acknowledged before the deadline");
            stop.Cancel(); // the clients' next requests are not sent; those in flight meet the kill
            first.Kill(); // SIGKILL, with the four clients still writing
            await Task.WhenAll(clients);
        }

        var survivors = acknowledged.ToArray();
        output.WriteLine($"{survivors.Length} acknowledged writes before the kill");
        using var second = await ApiProcess.StartAsync(database, output);
        var director = await second.TokenAsync("director");
        foreach (var id in survivors)
        {
            var found = await second.GraphQLAsync(director,
                "query($id: ID!, $local: String!) { customer(id: $id) { id } auditEntries(entityType: \"Customer\", entityId: $local, first: 5) { nodes { action } } }",
                new { id, local = WriteChecks.LocalId(id) });
            Assert.True(found["customer"] is JsonObject, $"acknowledged customer {id} is lost after kill -9");
            Assert.Contains("createCustomer:create", found["auditEntries"]!["nodes"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        }

        second.Kill();
        if (database.SqlitePath is { } path)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }
    }

    private (string Provider, string ConnectionString, string? SqlitePath) DatabaseFor(string directory)
    {
        if (app.PostgresConnectionString is { } postgres)
        {
            return ("Postgres", postgres, null);
        }

        // A consistent copy of the seeded demo database, so the killed process is the only one that ever had it open.
        var path = Path.Combine(directory, "kill.db");
        using var source = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        source.Open();
        using var vacuum = source.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $path";
        vacuum.Parameters.AddWithValue("$path", path);
        vacuum.ExecuteNonQuery();
        return ("Sqlite", $"Data Source={path}", path);
    }

    /// <summary>The built API (<c>SalesGraph.Api.dll</c> beside the tests) as a process of its own on a loopback port.</summary>
    private sealed class ApiProcess : IDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http;

        private ApiProcess(Process process, Uri address)
        {
            _process = process;
            _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        }

        public static async Task<ApiProcess> StartAsync((string Provider, string ConnectionString, string? SqlitePath) database, ITestOutputHelper output)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", $"http://127.0.0.1:{port}"])
            {
                WorkingDirectory = RepoFiles.PathOf("api"),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["Database__Provider"] = database.Provider,
                    ["ConnectionStrings__SalesGraph"] = database.ConnectionString,
                    ["Database__SeedDemoData"] = "false",
                },
            };
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.WriteLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline)
            {
                Assert.False(process.HasExited, $"the API exited with {(process.HasExited ? process.ExitCode : 0)} before it was healthy");
                try
                {
                    using var health = await api._http.GetAsync("/healthz");
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        return api;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(250);
            }

            api.Dispose();
            throw new TimeoutException("the API did not become healthy within 2 minutes");
        }

        public async Task<string> TokenAsync(string username)
        {
            using var response = await _http.PostAsJsonAsync("/auth/token", new { grant_type = "password", username, password = SalesGraphApp.DemoPassword });
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        }

        public async Task<string> CreateCustomerAsync(string token, string name)
        {
            var data = await GraphQLAsync(token, "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code message path } } }", new
            {
                input = new { name, industry = "机械制造", source = "EXHIBITION", contactPerson = "王伟", mobile = "138 1234 5678", address = "上海市浦东新区张江路1号" },
            });
            Assert.True(data["createCustomer"]!["errors"]!.AsArray().Count == 0, data.ToJsonString());
            return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        }

        public async Task<JsonNode> GraphQLAsync(string token, string query, object variables)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(body["errors"] is null, body.ToJsonString());
            return body["data"]!;
        }

        /// <summary>kill -9: <see cref="Process.Kill()"/> sends SIGKILL on Linux, so nothing in the server runs after it.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
            _http.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
