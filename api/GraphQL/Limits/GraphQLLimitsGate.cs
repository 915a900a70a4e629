using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// Wraps every execution: sets the timeout, adds the cost rule (and the introspection switch) to validation, refuses a
/// document whose <see cref="DocumentShape"/> exceeds a limit before GraphQL.NET validates it, and tidies the errors of a
/// refused document (suggestions removed outside Development, at most
/// <see cref="GraphQLLimitsOptions.MaxValidationErrors"/>).
/// </summary>
internal sealed class GraphQLLimitsGate(IOptions<GraphQLLimitsOptions> options, IHostEnvironment environment, ConnectionCostRule costRule)
    : IConfigureExecution
{
    // After GraphQL.NET's option configurations (100), so the rules they set are kept; before execution wrappers (200).
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(executionOptions);
        ArgumentNullException.ThrowIfNull(next);
        var limits = options.Value;
        executionOptions.Timeout = limits.ExecutionTimeout;
        var rules = (executionOptions.ValidationRules ?? DocumentValidator.CoreRules).Append(costRule);
        if (!limits.EnableIntrospection)
        {
            rules = rules.Append(NoIntrospectionValidationRule.Instance);
        }

        executionOptions.ValidationRules = rules;

        if (executionOptions.Document is null && executionOptions.Query is { } query)
        {
            try
            {
                executionOptions.Document = (executionOptions.RequestServices?.GetService<IDocumentBuilder>() ?? new GraphQLDocumentBuilder()).Build(query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return new ExecutionResult(LimitError.TooDeepToParse());
            }
        }

        if (executionOptions.Document is { } document && Refusals(DocumentShape.Measure(document), limits) is { Count: > 0 } refusals)
        {
            return new ExecutionResult { Errors = refusals };
        }

        return Tidy(await next(executionOptions), limits);
    }

    /// <summary>The errors for every limit <paramref name="shape"/> exceeds.</summary>
    internal static ExecutionErrors Refusals(DocumentShape shape, GraphQLLimitsOptions limits)
    {
        var errors = new ExecutionErrors();
        void Refuse(string reason, FormattableString message) =>
            errors.Add(new LimitError(reason, message.ToString(CultureInfo.InvariantCulture)));

        if (shape.FieldSelections > limits.MaxFieldSelections)
        {
            Refuse(LimitReasons.MaxFields, $"The document selects {shape.FieldSelections} fields; at most {limits.MaxFieldSelections} are allowed.");
        }

        if (shape.Aliases > limits.MaxAliases)
        {
            Refuse(LimitReasons.MaxAliases, $"The document uses {shape.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        if (shape.Directives > limits.MaxDirectives)
        {
            Refuse(LimitReasons.MaxDirectives, $"The document uses {shape.Directives} directives; at most {limits.MaxDirectives} are allowed.");
        }

        if (shape.Depth > limits.MaxDepth)
        {
            Refuse(LimitReasons.MaxDepth, $"Fields are nested {shape.Depth} levels deep; at most {limits.MaxDepth} are allowed.");
        }

        if (shape.IntrospectionDepth > limits.MaxIntrospectionDepth)
        {
            Refuse(LimitReasons.MaxDepth,
                $"Introspection is nested {shape.IntrospectionDepth} levels deep; at most {limits.MaxIntrospectionDepth} are allowed.");
        }

        // Every field costs at least 1, so this catches fragment bombs before the exact (fragment-expanding) cost rule runs.
        if (shape.ExpandedFields > limits.MaxCost)
        {
            Refuse(LimitReasons.MaxCost,
                $"The operation selects {shape.ExpandedFields:0} fields once fragments are expanded, costing more than the {limits.MaxCost} allowed.");
        }

        if (shape.SchemaSelections > 1)
        {
            Refuse(LimitReasons.MaxIntrospection, $"An operation may select __schema once; this one selects it {shape.SchemaSelections:0} times.");
        }

        if (shape.IntrospectionNesting > MaxIntrospectionNesting)
        {
            Refuse(LimitReasons.MaxIntrospection,
                $"Introspection nests fields, inputFields, interfaces or possibleTypes {shape.IntrospectionNesting} times; at most {MaxIntrospectionNesting} are allowed.");
        }

        return errors;
    }

    /// <summary>
    /// How often <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> may nest in one
    /// introspection path: graphql-js's MaxIntrospectionDepthRule threshold, which every introspection client respects.
    /// </summary>
    internal const int MaxIntrospectionNesting = 2;

    private ExecutionResult Tidy(ExecutionResult result, GraphQLLimitsOptions limits)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return result;
        }

        var suggestions = limits.FieldSuggestions ?? environment.IsDevelopment();
        var tidied = new ExecutionErrors();
        foreach (var error in errors.Take(limits.MaxValidationErrors))
        {
            if (error is NoIntrospectionError)
            {
                (error.Extensions ??= [])[LimitError.ReasonExtension] = LimitReasons.IntrospectionDisabled;
            }

            tidied.Add(suggestions ? error : WithoutSuggestion(error));
        }

        if (errors.Count > limits.MaxValidationErrors)
        {
            tidied.Add(new LimitError(LimitReasons.MaxValidationErrors, string.Create(CultureInfo.InvariantCulture,
                $"{errors.Count - limits.MaxValidationErrors} more errors were found; only the first {limits.MaxValidationErrors} are reported.")));
        }

        result.Errors = tidied;
        return result;
    }

    // GraphQL.NET appends " Did you mean …" to unknown field, argument and type names; that reveals the schema.
    private static ExecutionError WithoutSuggestion(ExecutionError error)
    {
        var at = error.Message.IndexOf(" Did you mean", StringComparison.Ordinal);
        if (error is not ValidationError || at < 0)
        {
            return error;
        }

        var plain = new ValidationError(error.Message[..at]) { Extensions = error.Extensions, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            plain.AddLocation(location);
        }

        return plain;
    }
}
