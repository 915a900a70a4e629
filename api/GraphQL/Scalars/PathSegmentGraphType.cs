using GraphQL.Types;
using GraphQLParser.AST;

namespace SalesGraph.GraphQL.Scalars;

/// <summary>
/// One step of a path into an input: a field name (String) or a list index (Int), as in GraphQL's own error paths.
/// Output only; as input it accepts the same two shapes.
/// </summary>
public sealed class PathSegmentGraphType : ScalarGraphType
{
    /// <summary>Declares the scalar and its description.</summary>
    public PathSegmentGraphType()
    {
        Name = "PathSegment";
        Description = "A field name (String) or a list index (Int) in a path such as [\"input\", \"lines\", 0, \"quantity\"].";
    }

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => (string)s.Value,
        GraphQLIntValue i => int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string or int => value,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc />
    public override object? Serialize(object? value) => ParseValue(value);
}
