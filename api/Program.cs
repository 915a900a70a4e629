using SalesGraph.Accounts;
using SalesGraph.Auth;
using SalesGraph.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddData(builder.Configuration);
builder.Services.AddSalesGraphAuthentication(builder.Configuration, builder.Environment);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapTokenEndpoint();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
