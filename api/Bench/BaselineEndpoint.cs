using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Bench;

/// <summary>
/// A hand-written minimal-API endpoint that serves the benchmark's customer page (50 customers with owner, 10 contracts
/// each with lines and products) with one EF Core query and the same JSON the GraphQL query returns. The load benchmark
/// (bench/load.mjs) measures GraphQL against it side by side. Mapped only when <c>Bench:Baseline</c> is true; it keeps
/// the bearer check and the caller's row scope, so the comparison is like for like.
/// </summary>
public static class BaselineEndpoint
{
    /// <summary>The GraphQL document the baseline answers the same way.</summary>
    public const string CustomerPageQuery =
        "{ customers(first: 50) { nodes { id name grade owner { name } contracts(first: 10) { nodes { number signedOn agreedTotal lines(first: 10) { nodes { quantity agreedUnitPrice product { sku name } } } } } } } }";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static WebApplication MapBenchBaseline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>("Bench:Baseline"))
        {
            return app;
        }

        app.MapGet("/bench/customer-page", async (HttpContext http, IDbContextFactory<SalesGraphDbContext> factory, CancellationToken ct) =>
        {
            var caller = http.GetCaller();
            if (!caller.IsAuthenticated)
            {
                return Results.Unauthorized();
            }

            await using var db = await factory.CreateDbContextAsync(ct);
            var contracts = db.Scoped<Contract>(caller);

            // Hand-written queries: the page, each customer's first 10 contracts, each contract's first 10 lines, their products
            // (SQLite has no APPLY, so each level's per-parent Take is a correlated collection EF turns into ROW_NUMBER).
            var customers = await db.Scoped<Customer>(caller).OrderBy(c => c.Id).Take(50)
                .Select(c => new { c.Id, c.Name, c.Grade, OwnerName = c.Owner!.Name }).ToListAsync(ct);
            var customerIds = customers.Select(c => c.Id).ToList();
            var contractsByCustomer = (await db.Customers.Where(c => customerIds.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    Contracts = contracts.Where(k => customerIds.Contains(k.CustomerId) && k.CustomerId == c.Id).OrderBy(k => k.Id).Take(10)
                        .Select(k => new { k.Id, k.Number, k.SignedOn, k.AgreedTotal }).ToList(),
                })
                .ToListAsync(ct)).ToDictionary(c => c.Id, c => c.Contracts);
            var contractIds = contractsByCustomer.Values.SelectMany(v => v).Select(k => k.Id).ToList();
            var linesByContract = (await db.Contracts.Where(k => contractIds.Contains(k.Id))
                .Select(k => new
                {
                    k.Id,
                    Lines = db.ContractLines.Where(l => contractIds.Contains(l.ContractId) && l.ContractId == k.Id).OrderBy(l => l.Id).Take(10)
                        .Select(l => new { l.Quantity, l.AgreedUnitPrice, l.ProductId }).ToList(),
                })
                .ToListAsync(ct)).ToDictionary(k => k.Id, k => k.Lines);
            var productIds = linesByContract.Values.SelectMany(v => v).Select(l => l.ProductId).Distinct().ToList();
            var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Sku, p.Name }, ct);
            var rows = customers.Select(c => new
            {
                c.Id,
                c.Name,
                c.Grade,
                Owner = new { Name = c.OwnerName },
                Contracts = (contractsByCustomer.GetValueOrDefault(c.Id) ?? []).Select(k => new
                {
                    k.Number,
                    k.SignedOn,
                    k.AgreedTotal,
                    Lines = (linesByContract.GetValueOrDefault(k.Id) ?? []).Select(l => new { l.Quantity, l.AgreedUnitPrice, Product = products[l.ProductId] }).ToList(),
                }).ToList(),
            });
            var nodes = rows.Select(c => new
            {
                id = GlobalId.Encode("Customer", c.Id),
                name = c.Name,
                grade = c.Grade.ToString(),
                owner = c.Owner,
                contracts = new
                {
                    nodes = c.Contracts.Select(k => new
                    {
                        number = k.Number,
                        signedOn = k.SignedOn,
                        agreedTotal = k.AgreedTotal,
                        lines = new { nodes = k.Lines },
                    }),
                },
            });
            return Results.Json(new { data = new { customers = new { nodes } } }, Json);
        }).ExcludeFromDescription();
        return app;
    }
}
