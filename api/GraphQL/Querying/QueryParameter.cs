using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// A value inside a query expression as a member of a holder object rather than a constant, so EF Core sends it as a
/// parameter (through the column's value converter) and reuses the query plan.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of(object? value, Type type) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value)), type);

    private sealed class Box(object? value)
    {
        public object? Value { get; } = value;
    }
}
