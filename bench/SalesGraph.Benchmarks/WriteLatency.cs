using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL.SystemTextJson;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/SalesGraph.Benchmarks -- writes [N]</c>: the common writes of the busiest rep
/// of the data set through the real schema and executer in process (<see cref="InProcessApi"/>), N rounds of: draft a
/// contract, submit it, approve it (the director, whatever level it needs), activate it (the region's clerk), issue an
/// invoice on it, record a payment of the invoice, log a visit — each beside a read of the page of 20 rows of the same
/// entity by the same person, in the same run. Prints p50, p99 and max per write, the SQL statements EF sent (median),
/// and the ratio of the write's p50 to its read's. The writes commit: each round adds one contract to the data set.
/// </summary>
public static class WriteLatency
{
    private static readonly GraphQLSerializer Json = new();

    public static async Task<int> RunAsync(int rounds)
    {
        var statements = new StatementCounter();
        using var api = new InProcessApi(services: s => s.AddSingleton<IInterceptor>(statements));
        var people = await PeopleAsync(api);
        var times = new Dictionary<string, List<(double Ms, int Sql)>>();

        async Task<JsonNode> TimeAsync(string name, ClaimsPrincipal who, string document)
        {
            statements.Reset();
            var stopwatch = Stopwatch.StartNew();
            var result = await api.ExecuteAsync(document, who);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            (times.TryGetValue(name, out var list) ? list : times[name] = []).Add((elapsed, statements.Count));
            var data = JsonNode.Parse(Json.Serialize(result))!["data"]!.AsObject().First().Value!;
            if (data["errors"] is JsonArray { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"{name}: {errors.ToJsonString()}");
            }

            return data;
        }

        const string Errors = "errors { code message path }";
        for (var round = -3; round < rounds; round++) // three warm-up rounds
        {
            var draft = await TimeAsync("createContract", people.Rep, $$"""
                mutation { createContract(input: { customerId: "{{people.Customer}}", lines: [{ productId: "{{people.Product}}", quantity: 10, unitPrice: {{people.Price.ToString(CultureInfo.InvariantCulture)}} }] }) { contract { id version } {{Errors}} } }
                """);
            var contract = draft["contract"]!["id"]!.GetValue<string>();
            await TimeAsync("read: contracts page", people.Rep, "{ contracts(first: 20) { nodes { id number status agreedTotal signedOn customer { name } } } }");
            await TimeAsync("submitContract", people.Rep, $$"""mutation { submitContract(input: { contractId: "{{contract}}" }) { contract { status } {{Errors}} } }""");
            var status = "";
            for (var step = 0; step < 3 && status != "APPROVED"; step++)
            {
                status = (await TimeAsync(step == 0 ? "approveContract" : "approveContract (next level)", people.Director,
                    $$"""mutation { approveContract(input: { contractId: "{{contract}}" }) { contract { status } {{Errors}} } }"""))["contract"]!["status"]!.GetValue<string>();
            }

            await TimeAsync("activateContract", people.Clerk, $$"""mutation { activateContract(input: { contractId: "{{contract}}" }) { contract { status } {{Errors}} } }""");
            var invoice = (await TimeAsync("issueInvoice", people.Finance,
                $$"""mutation { issueInvoice(input: { contractId: "{{contract}}", amount: 1000 }) { invoice { id } {{Errors}} } }"""))["invoice"]!["id"]!.GetValue<string>();
            await TimeAsync("read: invoices page", people.Finance, "{ invoices(first: 20) { nodes { id number amount openAmount dueOn status } } }");
            await TimeAsync("recordPayment", people.Finance,
                $$"""mutation { recordPayment(input: { contractId: "{{contract}}", invoiceId: "{{invoice}}", amount: 1000 }) { payment { id } {{Errors}} } }""");
            await TimeAsync("read: payments page", people.Finance, "{ payments(first: 20) { nodes { id amount receivedOn } } }");
            await TimeAsync("logActivity", people.Rep,
                $$"""mutation { logActivity(input: { customerId: "{{people.Customer}}", kind: VISIT, subject: "bench visit" }) { activity { id } {{Errors}} } }""");
            await TimeAsync("read: activities page", people.Rep, "{ activities(first: 20) { nodes { id kind subject occurredAt } } }");
            if (round < 0)
            {
                foreach (var list in times.Values)
                {
                    list.Clear();
                }
            }
        }

        static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        double P50(string name) => Percentile([.. times[name].Select(t => t.Ms).Order()], 0.5);
        var readOf = new Dictionary<string, string>
        {
            ["createContract"] = "read: contracts page", ["submitContract"] = "read: contracts page", ["approveContract"] = "read: contracts page",
            ["approveContract (next level)"] = "read: contracts page", ["activateContract"] = "read: contracts page",
            ["issueInvoice"] = "read: invoices page", ["recordPayment"] = "read: payments page", ["logActivity"] = "read: activities page",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"busiest rep {people.RepId} ({people.RepContracts:N0} contracts), {rounds} rounds, load average {Load()}"));
        Console.WriteLine("| request | n | p50 ms | p99 ms | max ms | SQL statements (median) | p50 / read p50 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, list) in times.Where(t => t.Value.Count > 0))
        {
            List<double> sorted = [.. list.Select(t => t.Ms).Order()];
            var sql = list.Select(t => t.Sql).Order().ElementAt(list.Count / 2);
            var ratio = readOf.TryGetValue(name, out var read) ? $"{P50(name) / P50(read):F1}×" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {list.Count} | {Percentile(sorted, 0.5):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} | {sql} | {ratio} |"));
        }

        return 0;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record People(
        ClaimsPrincipal Rep, ClaimsPrincipal Director, ClaimsPrincipal Clerk, ClaimsPrincipal Finance,
        string Customer, string Product, decimal Price, int RepId, int RepContracts);

    /// <summary>The busiest rep, one of its customers, a product, and the people who step its contracts.</summary>
    private static async Task<People> PeopleAsync(InProcessApi api)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContextAsync();
        var busiest = await db.Contracts.GroupBy(c => c.OwnerId).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();
        var rep = await db.Staff.SingleAsync(s => s.Id == busiest.Key);
        var repRegion = await db.Regions.SingleAsync(r => r.Id == rep.RegionId);
        var clerks = await db.Staff.Where(s => s.Role == StaffRole.SalesSupport && s.RegionId != null).ToListAsync();
        var clerk = clerks.First(c => repRegion.Path.Contains($"/{c.RegionId}/", StringComparison.Ordinal));
        var director = await db.Staff.FirstAsync(s => s.Role == StaffRole.Director);
        var finance = await db.Staff.FirstAsync(s => s.Role == StaffRole.Finance);
        var customer = await db.Customers.Where(c => c.OwnerId == rep.Id && c.Status == CustomerStatus.Active).OrderBy(c => c.Id).FirstAsync();
        var product = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).FirstAsync();
        async Task<ClaimsPrincipal> As(Staff s)
        {
            var username = await db.Accounts.Where(a => a.StaffId == s.Id).Select(a => a.Username).FirstOrDefaultAsync() ?? $"staff{s.Id}";
            return InProcessApi.Principal(username, s.Role.ToString(), s.Id, s.RegionId);
        }

        return new People(
            await As(rep), await As(director), await As(clerk), await As(finance),
            GlobalId.Encode("Customer", customer.Id), GlobalId.Encode("Product", product.Id), product.ListPrice, rep.Id, busiest.Count);
    }

    /// <summary>Counts the statements EF sends (the KPI upkeep's upserts go around EF and are not counted).</summary>
    private sealed class StatementCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Interlocked.Increment(ref count);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Interlocked.Increment(ref count);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Interlocked.Increment(ref count);
            return result;
        }
    }
}
