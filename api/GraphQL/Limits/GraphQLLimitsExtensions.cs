using GraphQL.DI;

namespace SalesGraph.GraphQL.Limits;

/// <summary>Registers the request limits.</summary>
public static class GraphQLLimitsExtensions
{
    /// <summary>
    /// Binds <see cref="GraphQLLimitsOptions"/> from <c>GraphQL:Limits</c> (and <c>GraphQL:EnableIntrospection</c>),
    /// validated at start-up, and applies them to every execution of GraphQL.NET's document executer.
    /// </summary>
    public static IServiceCollection AddGraphQLRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .BindConfiguration(GraphQLLimitsOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.EnableIntrospection = configuration.GetValue("GraphQL:EnableIntrospection", defaultValue: true))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConnectionCostRule>();
        // The document executer runs every registered IConfigureExecution around each execution.
        services.AddSingleton<IConfigureExecution, GraphQLLimitsGate>();
        return services;
    }
}
