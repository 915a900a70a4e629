using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace SalesGraph.GraphQL.Transport;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as GraphQL.NET's <see cref="ExecutionResultJsonConverter"/> does, byte for
/// byte, but writes the common leaf values (strings, booleans, 32/64-bit integers, decimals) straight to the writer
/// instead of through <see cref="JsonSerializer.Serialize{TValue}(Utf8JsonWriter, TValue, JsonSerializerOptions)"/>
/// of a boxed value (a converter lookup per leaf; a page has thousands). Anything else, and every value when the
/// options change how those types are written (a converter for them, or number handling), goes through the serializer
/// as before. Registered in the serializer's options, where it takes the place of the built-in converter.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    private static readonly Type[] DirectTypes = [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal)];

    private JsonSerializerOptions? _checked;
    private bool _direct;

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are only written.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var direct = WritesDirectly(options);
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options, direct);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions?.Count > 0)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, value.Extensions, options);
        }

        writer.WriteEndObject();
    }

    private bool WritesDirectly(JsonSerializerOptions options)
    {
        if (!ReferenceEquals(Volatile.Read(ref _checked), options))
        {
            _direct = options.NumberHandling == JsonNumberHandling.Strict
                && !options.Converters.Any(c => DirectTypes.Any(c.CanConvert));
            Volatile.Write(ref _checked, options);
        }

        return _direct;
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options, bool direct)
    {
        switch (node)
        {
            case ValueExecutionNode leaf:
                WriteValue(writer, leaf.ToValue(), options, direct);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode obj:
                writer.WriteStartObject();
                foreach (var child in obj.SubFields)
                {
                    var name = child.Name!;
                    writer.WritePropertyName(options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name);
                    WriteNode(writer, child, options, direct);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item, options, direct);
                }

                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options, bool direct)
    {
        if (!direct)
        {
            JsonSerializer.Serialize(writer, value, options);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
