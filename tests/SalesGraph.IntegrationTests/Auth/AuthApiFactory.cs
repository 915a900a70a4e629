using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>
/// The real app (its own registration, a migrated SQLite file) with a few known accounts, a fake secret verifier, and
/// two test-only additions: <c>GET /test/protected</c> (requires authorization, echoes the caller) and the
/// <c>X-Test-Remote-Address</c> header, so throttling tests can speak from distinct addresses.
/// </summary>
public class AuthApiFactory : WebApplicationFactory<Program>
{
    public const string SigningKey = "integration-tests-signing-key-long-enough-that-hs512-could-sign-with-it-too";
    public const string Issuer = "salesgraph-tests";
    public const string Audience = "salesgraph-api-tests";
    public const string ProtectedPath = "/test/protected";
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"salesgraph-auth-{Guid.NewGuid():N}.db");

    public int RepAccountId { get; private set; }
    public int RepStaffId { get; private set; }
    public int EastRegionId { get; private set; }
    public int BiAccountId { get; private set; }
    public int ErpAccountId { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the published development key must not be what makes these tests pass.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:SalesGraph", $"Data Source={_databasePath}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Jwt:Issuer", Issuer);
        builder.UseSetting("Jwt:Audience", Audience);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ISecretVerifier>();
            services.AddSingleton<ISecretVerifier, FakeSecretVerifier>();
            services.AddSingleton<IStartupFilter, TestEndpoints>();
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var db = host.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContext();
        db.Database.Migrate();
        Seed(db);
        return host;
    }

    /// <summary>A client whose requests come from a fresh address, so one test's failures never throttle another.</summary>
    public HttpClient CreateClientFromFreshAddress() => CreateClientFrom(FreshAddress());

    public HttpClient CreateClientFrom(string remoteAddress)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(RemoteAddressHeader, remoteAddress);
        return client;
    }

    public static string FreshAddress() =>
        $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }

    private void Seed(SalesGraphDbContext db)
    {
        var east = new Region { Code = "EAST", Name = "华东大区", Path = "/", Level = 1 };
        db.Regions.Add(east);
        db.SaveChanges();
        east.Path = $"/{east.Id}/";
        db.Regions.Update(east);

        var rep = NewStaff("E001", "李明", StaffRole.SalesRep, east.Id, isActive: true);
        var leaver = NewStaff("E002", "王芳", StaffRole.SalesRep, east.Id, isActive: false);
        db.Staff.AddRange(rep, leaver);
        db.SaveChanges();

        var repAccount = Person("li.ming", "rep-password", StaffRole.SalesRep, rep.Id);
        var bi = Service("bi-dashboard", "bi-secret", StaffRole.BiAnalyst, grants: null);
        var erp = Service("erp", "erp-secret", StaffRole.Integration, grants: "payments:write shipments:write");
        db.Accounts.AddRange(
            repAccount,
            bi,
            erp,
            Person("wang.fang", "leaver-password", StaffRole.SalesRep, leaver.Id),
            Person("disabled.user", "disabled-password", StaffRole.Finance, staffId: null, isActive: false),
            Person("throttled.user", "throttled-password", StaffRole.Finance, staffId: null),
            Person("admin", "admin-password", StaffRole.Admin, staffId: null));
        db.SaveChanges();

        (RepAccountId, RepStaffId, EastRegionId, BiAccountId, ErpAccountId) = (repAccount.Id, rep.Id, east.Id, bi.Id, erp.Id);
    }

    private static Staff NewStaff(string number, string name, StaffRole role, int regionId, bool isActive) => new()
    {
        EmployeeNumber = number,
        Name = name,
        Role = role,
        RegionId = regionId,
        Email = $"{number.ToLowerInvariant()}@example.com",
        Mobile = "13800005678",
        HireDate = new DateOnly(2020, 3, 1),
        IsActive = isActive,
    };

    private static Account Person(string username, string password, StaffRole role, int? staffId, bool isActive = true) => new()
    {
        Username = username,
        SecretHash = FakeSecretVerifier.Hash(password),
        Role = role,
        StaffId = staffId,
        IsActive = isActive,
    };

    private static Account Service(string clientId, string secret, StaffRole role, string? grants) => new()
    {
        Username = clientId,
        SecretHash = FakeSecretVerifier.Hash(secret),
        Role = role,
        IsService = true,
        Grants = grants,
    };

    private sealed class TestEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            app.Map(ProtectedPath, branch =>
            {
                branch.UseRouting();
                branch.UseAuthentication();
                branch.UseAuthorization();
                branch.UseEndpoints(endpoints => endpoints.MapGet("/", (HttpContext context) =>
                {
                    var caller = context.GetCaller();
                    return Results.Json(new
                    {
                        caller.AccountId,
                        caller.Username,
                        Role = caller.Role?.ToString(),
                        caller.StaffId,
                        caller.RegionId,
                        caller.IsService,
                        Grants = caller.Grants.Order(StringComparer.Ordinal).ToArray(),
                        Client = caller.Client.ToString(),
                    });
                }).RequireAuthorization());
            });
            next(app);
        };
    }
}
