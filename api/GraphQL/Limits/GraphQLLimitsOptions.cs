using System.ComponentModel.DataAnnotations;

namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// Limits that refuse abusive GraphQL documents before any resolver runs, bound from <c>GraphQL:Limits</c> and validated
/// at start-up. Every limit is checked per request; a refused document gets <c>extensions.code = VALIDATION</c> and an
/// <c>extensions.reason</c> from <see cref="LimitReasons"/>.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GraphQL:Limits";

    /// <summary>
    /// The deepest nesting of fields, counting every field level: <c>{ a { b { c } } }</c> has depth 3. Fragments count
    /// where they are spread. Introspection fields are measured against <see cref="MaxIntrospectionDepth"/> instead.
    /// Default 12.
    /// </summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The deepest nesting below <c>__schema</c> or <c>__type</c>. Default 15, the depth of GraphiQL's own introspection
    /// query (nine <c>ofType</c> levels).
    /// </summary>
    [Range(1, 100)]
    public int MaxIntrospectionDepth { get; set; } = 15;

    /// <summary>
    /// The largest cost of an operation: every field costs 1, and a connection field (one with <c>first</c>/<c>last</c>
    /// arguments) multiplies the cost of its children by its page size (the default page size when neither is given).
    /// Default 100,000.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 100_000;

    /// <summary>The most aliased fields in one document. Default 30.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>The most directives (<c>@include</c>, <c>@skip</c>, …) in one document. Default 20.</summary>
    [Range(0, 10_000)]
    public int MaxDirectives { get; set; } = 20;

    /// <summary>
    /// The most field selections written in one document (before fragments are expanded). Bounds the work of
    /// validation itself, whose overlapping-fields check grows with the square of duplicated fields (2,000 copies of one
    /// field take over a second to validate). Default 1,000.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxFieldSelections { get; set; } = 1_000;

    /// <summary>The most validation errors reported for one document; the rest are summarised in one last error. Default 10.</summary>
    [Range(1, 1_000)]
    public int MaxValidationErrors { get; set; } = 10;

    /// <summary>How long one operation may execute before it is cancelled and answered with <c>TIMEOUT</c>. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether validation errors suggest names ("Did you mean …?"), which reveal the schema to someone guessing at it.
    /// Unset means: only in the Development environment.
    /// </summary>
    public bool? FieldSuggestions { get; set; }

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried. Bound from <c>GraphQL:EnableIntrospection</c> (not from
    /// this section), default true.
    /// </summary>
    public bool EnableIntrospection { get; set; } = true;
}
