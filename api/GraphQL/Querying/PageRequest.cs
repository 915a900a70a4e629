using GraphQL;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// The Relay paging arguments of a connection field, validated: <c>first</c>/<c>last</c> between 0 and
/// <see cref="MaxPageSize"/>, not both; <c>after</c>/<c>before</c> well-formed cursors.
/// </summary>
public sealed record PageRequest(int Size, bool Backward, CursorValues? After, CursorValues? Before)
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Reads and validates <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c> of the current field.</summary>
    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, "Pass either 'first' or 'last', not both.");
        }

        Check(first, "first");
        Check(last, "last");
        var after = Cursor.Decode(context.GetArgument<string?>("after"), "after");
        var before = Cursor.Decode(context.GetArgument<string?>("before"), "before");
        return last is not null
            ? new PageRequest(last.Value, Backward: true, after, before)
            : new PageRequest(first ?? DefaultPageSize, Backward: false, after, before);
    }

    private static void Check(int? size, string argument)
    {
        if (size is < 0 or > MaxPageSize)
        {
            throw new CodedExecutionError(
                ErrorCodes.Validation,
                $"'{argument}' must be between 0 and {MaxPageSize}; it was {size}.");
        }
    }
}
