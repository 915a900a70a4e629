using SalesGraph.Accounts;
using SalesGraph.Activities;
using SalesGraph.Audit;
using SalesGraph.Auth;
using SalesGraph.Bench;
using SalesGraph.Billing;
using SalesGraph.Calendar;
using SalesGraph.Complaints;
using SalesGraph.Contracts;
using SalesGraph.Credit;
using SalesGraph.Customers;
using SalesGraph.Dunning;
using SalesGraph.Data;
using SalesGraph.Data.Seeding;
using SalesGraph.Diary;
using SalesGraph.Resolving.Writes;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Transport;
using SalesGraph.Kpis;
using SalesGraph.Orders;
using SalesGraph.Planning;
using SalesGraph.Products;
using SalesGraph.Regions;
using SalesGraph.Returns;
using SalesGraph.Shipments;
using SalesGraph.Statements;
using SalesGraph.FieldWork;
using SalesGraph.Funnel;
using SalesGraph.StaffDirectory;
using SalesGraph.Targets;
using SalesGraph.Web;

if (args is ["seed", ..])
{
    return await SeedCommand.RunAsync(args[1..]);
}

if (args is ["seed-postgres", ..])
{
    return await PostgresSeedCommand.RunAsync(args[1..]);
}

if (args is ["statements", ..])
{
    return await StatementsCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBusinessCalendar();
builder.Services.AddData(builder.Configuration);
builder.Services.AddWrites();
builder.Services.AddHostedService<DatabaseInitializer>();
builder.Services.AddSalesGraphAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddSalesGraphSchema();
builder.Services.AddGraphQLTransport(builder.Configuration);
builder.Services
    .AddAccounts()
    .AddRegions()
    .AddStaff()
    .AddCustomers()
    .AddProducts()
    .AddContracts()
    .AddOrders()
    .AddPlanning()
    .AddBilling()
    .AddStatements()
    .AddDunning()
    .AddShipments()
    .AddFieldWork()
    .AddReturns()
    .AddTargets()
    .AddActivities()
    .AddComplaints()
    .AddFunnel()
    .AddDiary()
    .AddCredit()
    .AddAudit()
    .AddKpis();

var app = builder.Build();
app.MapTokenEndpoint();
app.MapGraphQL("/graphql").RequireAuthenticatedCaller();
app.MapStockingPlanCsv();
app.MapStatementCsv();
app.MapDunningDevelopmentTools();
app.MapDatabaseHealth();
app.MapBenchBaseline();
app.MapSpa();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
