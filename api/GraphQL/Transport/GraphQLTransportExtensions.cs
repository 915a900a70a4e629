using GraphQL.DI;
using Microsoft.Extensions.Options;
using SalesGraph.GraphQL.Caching;

namespace SalesGraph.GraphQL.Transport;

/// <summary>Registers and maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLTransportExtensions
{
    /// <summary>
    /// Binds <see cref="GraphQLTransportOptions"/> from the <c>GraphQL</c> section (validated at start-up) and registers
    /// the endpoint's handler with its <see cref="ValidatedDocumentCache"/>. The schema, executer and serializer come from
    /// <c>services.AddGraphQL(...)</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphQLTransportOptions>()
            .Bind(configuration.GetSection(GraphQLTransportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLHttpHandler>();
        // One instance: the handler parses through it and the document executer runs it around each execution.
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<ValidatedDocumentCache>());
        return services;
    }

    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="pattern"/>: POST <c>application/json</c> for every operation, GET for
    /// queries, and (when enabled) the GraphiQL IDE for browsers at GET with its files under
    /// <c>{pattern}/graphiql-assets/</c>. Returns the group so callers can add conventions such as rate limits.
    /// </summary>
    public static RouteGroupBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(pattern);
        group.MapMethods("", [HttpMethods.Get, HttpMethods.Post],
                context => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context))
            .WithDisplayName("GraphQL");
        group.MapGet(GraphiQLPage.AssetsSegment + "/{file}", (string file, IOptions<GraphQLTransportOptions> options, IWebHostEnvironment environment) =>
                GraphiQLPage.Asset(file, options.Value, environment))
            .WithDisplayName("GraphiQL assets")
            .ExcludeFromDescription();
        return group;
    }
}
