using System.Buffers.Text;
using System.Text.Json;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>The sort-key values of one row, as carried by an opaque cursor.</summary>
public sealed class CursorValues(JsonElement[] values)
{
    /// <summary>The JSON value of each sort key, in order.</summary>
    public IReadOnlyList<JsonElement> Values { get; } = values;
}

/// <summary>
/// Opaque keyset cursors: the base64url of a JSON array of the row's sort-key values (the last one is always the id).
/// A cursor stays valid while the row exists, whatever is inserted or deleted around it.
/// </summary>
public static class Cursor
{
    /// <summary>Encodes the sort-key values of a row.</summary>
    public static string Encode(IReadOnlyList<object?> keyValues) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keyValues));

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
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() == 0)
            {
                throw new FormatException("not an array");
            }

            return new CursorValues([.. document.RootElement.EnumerateArray().Select(e => e.Clone())]);
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
            throw new CodedExecutionError(ErrorCodes.Validation, $"'{argument}' does not belong to this list or ordering.");
        }
    }
}
