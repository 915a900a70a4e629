using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with our cost model: every field costs 1, and a connection field (one returning a
/// <c>…Connection</c> type with <c>first</c>/<c>last</c> arguments) multiplies the cost of its selection by its page size
/// (<c>first</c> or <c>last</c> with variables resolved, <see cref="PageRequest.DefaultPageSize"/> when neither is given).
/// An operation costing more than <see cref="GraphQLLimitsOptions.MaxCost"/> is refused with
/// <see cref="LimitReasons.MaxCost"/>. Runs after the other rules, only on an otherwise valid document.
/// </summary>
public sealed class ConnectionCostRule(IOptions<GraphQLLimitsOptions> options) : ComplexityValidationRule(CostModel)
{
    private static readonly ComplexityOptions CostModel = new()
    {
        // Limits are checked below, with our own error; plain lists are not multiplied (their size is bounded by the
        // schema or by a connection above them).
        MaxComplexity = null,
        MaxDepth = null,
        DefaultComplexityImpactDelegate = Impact,
    };

    /// <summary>The cost of one field and the multiplier of its selection.</summary>
    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        if (!IsConnection(context.FieldDefinition))
        {
            return new FieldComplexityResult(1, 1);
        }

        var first = PageSize(context.Arguments, "first");
        var last = PageSize(context.Arguments, "last");
        double size = first is null && last is null
            ? PageRequest.DefaultPageSize
            : Math.Max(first ?? 0, last ?? 0);
        return new FieldComplexityResult(1, Math.Max(size, 0));
    }

    /// <inheritdoc />
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxCost = options.Value.MaxCost;
        if (totalComplexity > maxCost)
        {
            context.ReportError(new LimitError(LimitReasons.MaxCost, string.Create(CultureInfo.InvariantCulture,
                $"The operation costs {totalComplexity:0}; at most {maxCost} is allowed. Every field costs 1 and a connection multiplies its selection by its page size (first/last, default {PageRequest.DefaultPageSize}): ask for smaller pages or fewer nested connections.")));
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsConnection(FieldType field) =>
        field.Arguments?.Find("first") is not null
        && field.ResolvedType?.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal) == true;

    private static double? PageSize(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) && argument.Value is not null
            ? Convert.ToDouble(argument.Value, CultureInfo.InvariantCulture)
            : null;
}
