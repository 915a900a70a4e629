using System.Text.Encodings.Web;
using GraphQL;
using SalesGraph.Auth;
using SalesGraph.GraphQL.DataLoading;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Execution;
using SalesGraph.GraphQL.Limits;
using SalesGraph.GraphQL.Relay;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.GraphQL;

/// <summary>Registers the GraphQL engine and the schema.</summary>
public static class GraphQLFeature
{
    /// <summary>Adds the engine, the schema, its feature fields and the execution machinery (data loaders, limits, errors, transport).</summary>
    public static IServiceCollection AddSalesGraphSchema(this IServiceCollection services)
    {
        services.AddScoped<LoaderRegistry>();
        services.AddScoped<DeniedFields>();
        services.AddQueryFields<NodeQueries>();
        services.AddGraphQLRequestLimits();
        services.AddGraphQL(b => b
            .AddSchema<SalesGraphSchema>()
            .AddSystemTextJson(o =>
            {
                o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                o.Converters.Add(new ExecutionResultWriter());
            })
            .AddStableErrorCodes()
            .AddExecutionStrategy<FieldPlanExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddSchemaVisitor<FieldGuard>()
            .AddGraphTypes(typeof(GraphQLFeature).Assembly));
        return services;
    }
}
