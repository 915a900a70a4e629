using SalesGraph.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddData(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
