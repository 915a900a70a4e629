using SalesGraph.Data;
using SalesGraph.Data.Seeding;

if (args is ["seed", ..])
{
    return await SeedCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddData(builder.Configuration);
builder.Services.AddHostedService<DatabaseInitializer>();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
