using System.Buffers.Text;
using System.Text.Json;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>The sort-key values of one row, as carried by an opaque cursor, with the signature of their ordering.</summary>
public sealed class CursorValues(string ordering, JsonElement[] values)
{
    /// <summary>The signature of the ordering the cursor was made for (<see cref="KeysetPaging.Signature{T}"/>).</summary>
    public string Ordering { get; } = ordering;

    /// <summary>The JSON value of each sort key, in order.</summary>
    public IReadOnlyList<JsonElement> Values { get; } = values;
}

/// <summary>
/// Opaque keyset cursors: the base64url of a JSON array of the ordering's signature and the row's sort-key values (the
/// last one is always the id). A cursor stays valid while the row exists, whatever is inserted or deleted around it,
/// and is refused by a list sorted differently.
/// </summary>
public static class Cursor
{
    /// <summary>Encodes the sort-key values of a row for the ordering with signature <paramref name="ordering"/>.</summary>
    public static string Encode(string ordering, IReadOnlyList<object?> keyValues) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes<object?[]>([ordering, .. keyValues]));

    /// <summary>Decodes a cursor; a malformed one is a <c>VALIDATION</c> error on <paramref name="argument"/>.</summary>
    public static CursorValues? Decode(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() < 2 || root[0].ValueKind != JsonValueKind.String)
            {
                throw new FormatException("not a cursor");
            }

            return new CursorValues(root[0].GetString()!, [.. root.EnumerateArray().Skip(1).Select(e => e.Clone())]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, $"'{argument}' is not a valid cursor.");
        }
    }

    /// <summary>Reads one cursor value as <paramref name="type"/>; a mismatch means the cursor belongs to another ordering.</summary>
    internal static object? ValueAs(JsonElement value, Type type, string argument)
    {
        try
        {
            return value.Deserialize(type);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw NotThisOrdering(argument);
        }
    }

    internal static CodedExecutionError NotThisOrdering(string argument) =>
        new(ErrorCodes.Validation, $"'{argument}' does not belong to this list or ordering.");
}
