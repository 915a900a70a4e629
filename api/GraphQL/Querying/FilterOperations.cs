using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>The operations of a value field in <c>where</c>, by the kind of value, with HotChocolate's names.</summary>
public static class FilterOperations
{
    /// <summary>Equal; <c>eq: null</c> matches rows where the value is null.</summary>
    public const string Eq = "eq";

    /// <summary>Not equal; <c>neq: null</c> matches rows where the value is set.</summary>
    public const string Neq = "neq";

    /// <summary>One of a list.</summary>
    public const string In = "in";

    /// <summary>None of a list.</summary>
    public const string Nin = "nin";

    /// <summary>Greater than.</summary>
    public const string Gt = "gt";

    /// <summary>Greater than or equal.</summary>
    public const string Gte = "gte";

    /// <summary>Less than.</summary>
    public const string Lt = "lt";

    /// <summary>Less than or equal.</summary>
    public const string Lte = "lte";

    /// <summary>Contains a substring (case-sensitive).</summary>
    public const string Contains = "contains";

    /// <summary>Starts with a prefix (case-sensitive).</summary>
    public const string StartsWith = "startsWith";

    /// <summary>All of a list of filters.</summary>
    public const string And = "and";

    /// <summary>Any of a list of filters.</summary>
    public const string Or = "or";

    /// <summary>The most values <c>in</c> and <c>nin</c> accept.</summary>
    public const int MaxListLength = 100;

    /// <summary>The operations offered for values of <paramref name="valueGraphType"/>.</summary>
    public static IReadOnlyList<string> For(Type valueGraphType)
    {
        ArgumentNullException.ThrowIfNull(valueGraphType);
        if (valueGraphType == typeof(StringGraphType))
        {
            return [Eq, Neq, In, Nin, Contains, StartsWith];
        }

        if (valueGraphType == typeof(BooleanGraphType))
        {
            return [Eq, Neq];
        }

        if (typeof(EnumerationGraphType).IsAssignableFrom(valueGraphType))
        {
            return [Eq, Neq, In, Nin];
        }

        return [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte];
    }

    /// <summary>
    /// The name of the operation input of a value type, as HotChocolate names it: <c>String</c>, <c>Int</c>,
    /// <c>Decimal</c>, <c>Date</c> (for <c>DateOnly</c>), <c>DateTime</c>, <c>Boolean</c>, or the enum's name.
    /// </summary>
    public static string InputName(string valueTypeName) => (valueTypeName == "DateOnly" ? "Date" : valueTypeName) + "OperationFilterInput";

    internal static string Describe(string operation) => operation switch
    {
        Eq => "Equal to the value; `null` matches rows without a value.",
        Neq => "Not equal to the value; `null` matches rows with a value.",
        In => $"Equal to one of the values (at most {MaxListLength}).",
        Nin => $"Equal to none of the values (at most {MaxListLength}).",
        Gt => "Greater than the value.",
        Gte => "Greater than or equal to the value.",
        Lt => "Less than the value.",
        Lte => "Less than or equal to the value.",
        Contains => "Contains the text (case-sensitive).",
        StartsWith => "Starts with the text (case-sensitive).",
        _ => operation,
    };
}
