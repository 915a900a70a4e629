using GraphQL.Types;

namespace SalesGraph.GraphQL;

/// <summary>
/// Marks fields that machinery adds to a business type and guards itself, e.g. the root mutation fields built from
/// mutation declarations (whose runner checks who may run them). The field guard leaves marked fields alone.
/// </summary>
public static class PlumbingFields
{
    private const string Key = "SalesGraph.Plumbing";

    /// <summary>Marks <paramref name="field"/> as machinery's own.</summary>
    public static FieldType MarkAsPlumbing(this FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[Key] = true;
        return field;
    }

    /// <summary>Whether <paramref name="field"/> was marked by <see cref="MarkAsPlumbing"/>.</summary>
    public static bool IsPlumbing(this FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata(Key, false);
    }
}
