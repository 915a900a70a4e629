using GraphQL;
using GraphQL.DI;

namespace SalesGraph.GraphQL.Errors;

/// <summary>Registers the stable error codes on a GraphQL.NET builder.</summary>
public static class ErrorsGraphQLBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="StableCodeErrorInfoProvider"/> to write errors and <see cref="UnhandledExceptionReporter"/> for
    /// unexpected exceptions. Call inside <c>services.AddGraphQL(b =&gt; b.AddStableErrorCodes())</c>.
    /// </summary>
    public static IGraphQLBuilder AddStableErrorCodes(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddErrorInfoProvider(new StableCodeErrorInfoProvider())
            .AddUnhandledExceptionHandler(UnhandledExceptionReporter.ReportAsync);
    }
}
