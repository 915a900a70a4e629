namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// The stable values of <c>errors[].extensions.reason</c> beside <c>extensions.code = VALIDATION</c>, telling clients
/// which limit refused their document.
/// </summary>
public static class LimitReasons
{
    /// <summary>Fields are nested deeper than <see cref="GraphQLLimitsOptions.MaxDepth"/> (or the introspection depth).</summary>
    public const string MaxDepth = "MAX_DEPTH";

    /// <summary>The operation costs more than <see cref="GraphQLLimitsOptions.MaxCost"/>.</summary>
    public const string MaxCost = "MAX_COST";

    /// <summary>More aliased fields than <see cref="GraphQLLimitsOptions.MaxAliases"/>.</summary>
    public const string MaxAliases = "MAX_ALIASES";

    /// <summary>More directives than <see cref="GraphQLLimitsOptions.MaxDirectives"/>.</summary>
    public const string MaxDirectives = "MAX_DIRECTIVES";

    /// <summary>More field selections than <see cref="GraphQLLimitsOptions.MaxFieldSelections"/>.</summary>
    public const string MaxFields = "MAX_FIELDS";

    /// <summary>Introspection shaped to blow up the response: <c>__schema</c> twice, or type fields nested in cycles.</summary>
    public const string MaxIntrospection = "MAX_INTROSPECTION";

    /// <summary>Introspection is switched off (<c>GraphQL:EnableIntrospection=false</c>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The last error of a list capped at <see cref="GraphQLLimitsOptions.MaxValidationErrors"/>.</summary>
    public const string MaxValidationErrors = "MAX_VALIDATION_ERRORS";
}
