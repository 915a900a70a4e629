using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.TestHost;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Limits;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.UnitTests.GraphQL.Limits;

/// <summary>The transport with the request limits, as the app registers them, over a schema that knows no sales concept.</summary>
public sealed class LimitsTestApp : IAsyncDisposable
{
    private LimitsTestApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public static async Task<LimitsTestApp> StartAsync(string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLRequestLimits();
        builder.Services.AddGraphQL(b => b
            .AddSchema<LimitsSchema>()
            .AddSystemTextJson()
            .AddStableErrorCodes());
        builder.Services.AddGraphQLTransport(builder.Configuration);
        builder.Services.AddTransient<ItemConnectionGraphType>().AddTransient<ItemGraphType>();

        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        return new LimitsTestApp(app);
    }

    public HttpClient CreateClient() => App.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Items in a connection, a field that never finishes on its own, and a greeting.</summary>
public sealed class LimitsSchema : Schema
{
    public LimitsSchema(IServiceProvider services)
        : base(services)
    {
        Query = new LimitsQuery();
    }
}

internal sealed class LimitsQuery : ObjectGraphType
{
    public LimitsQuery()
    {
        Name = "Query";
        Field<StringGraphType>("greeting").Resolve(_ => "Hello");
        Field<StringGraphType>("forever").ResolveAsync(async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        });
        Field<NonNullGraphType<ItemConnectionGraphType>>("items")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .Resolve(context => Enumerable.Range(1, context.GetArgument("first", 50)).ToList());
    }
}

internal sealed class ItemConnectionGraphType : ObjectGraphType<List<int>>
{
    public ItemConnectionGraphType()
    {
        Name = "ItemConnection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(context => context.Source.Count);
        Field<ListGraphType<ItemGraphType>>("nodes").Resolve(context => context.Source);
    }
}

internal sealed class ItemGraphType : ObjectGraphType<int>
{
    public ItemGraphType()
    {
        Name = "Item";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => $"Item {context.Source}");
        Field<ListGraphType<ItemGraphType>>("related").Resolve(context => new[] { context.Source + 1 });
    }
}
