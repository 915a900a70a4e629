using System.Buffers.Text;
using System.Globalization;
using System.Text;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Relay;

/// <summary>
/// Opaque global ids for the Relay <c>node(id:)</c> field: base64url of <c>TypeName:localId</c>. Clients must treat
/// them as opaque strings.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the <paramref name="typeName"/> with local id <paramref name="id"/>.</summary>
    public static string Encode(string typeName, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    /// <summary>Splits a global id; null when it is not one of ours.</summary>
    public static (string TypeName, long Id)? TryDecode(string? globalId)
    {
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? (text[..colon], id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The local id of a global id that must name <paramref name="typeName"/>; a malformed id or one of another type is a
    /// <c>VALIDATION</c> error on <paramref name="argument"/>.
    /// </summary>
    public static int Expect(string? globalId, string typeName, string argument)
    {
        var decoded = TryDecode(globalId);
        if (decoded is not { } d || d.TypeName != typeName || d.Id is < 1 or > int.MaxValue)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, $"'{argument}' is not a valid {typeName} id.");
        }

        return (int)d.Id;
    }
}
