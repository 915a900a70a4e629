namespace SalesGraph.Auth;

/// <summary>How contact data is masked for roles that may see a row but not its contacts.</summary>
public static class Masks
{
    /// <summary><c>13812345678</c> → <c>138****5678</c>; short values lose everything but their first character.</summary>
    public static string Phone(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= 7 ? string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(value.Length - 4)) : Rest(value, 1);
    }

    /// <summary><c>上海市浦东新区张江路88号</c> → <c>上海市浦东新区****</c>: keeps the city and district, hides the street.</summary>
    public static string Address(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var district = value.IndexOfAny(['区', '县']);
        var keep = district is > 0 and < 12 ? district + 1 : Math.Min(6, value.Length / 2);
        return Rest(value, keep);
    }

    /// <summary><c>王建国</c> → <c>王**</c>: the family name only.</summary>
    public static string PersonName(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 1 ? "*" : string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 1));
    }

    /// <summary><c>zhang.wei@example.com</c> → <c>z****@example.com</c>.</summary>
    public static string Email(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? string.Concat(value.AsSpan(0, 1), "****", value.AsSpan(at)) : Rest(value, 1);
    }

    private static string Rest(string value, int keep) => string.Concat(value.AsSpan(0, Math.Min(keep, value.Length)), "****");
}
