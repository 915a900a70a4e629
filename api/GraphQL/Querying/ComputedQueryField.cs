using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Field metadata (<see cref="MetadataKey"/>) that lets <c>where</c> and <c>order</c> use a field its resolver computes,
/// e.g. an invoice's days overdue by the business clock: the field is a monotone function of a <em>key</em> that
/// translates to SQL (a column, or a <c>CASE</c> over columns and parameters), so a sort by the field is a sort by the
/// key and a comparison of the field with a value is a comparison of the key with that value's key. The key is bound
/// per request (<see cref="Bind"/>), so it may read request services such as the business calendar.
/// </summary>
/// <param name="valueType">The CLR type of the field's values (what a filter's operands are coerced to), e.g. <c>int</c>.</param>
/// <param name="bind">The key and the value-to-key mapping for this request.</param>
public sealed class ComputedQueryField(Type valueType, Func<IServiceProvider, ComputedQueryField.Binding> bind)
{
    /// <summary>The field metadata key.</summary>
    public const string MetadataKey = "querying:computed";

    /// <summary>The CLR type of the field's values.</summary>
    public Type ValueType { get; } = valueType ?? throw new ArgumentNullException(nameof(valueType));

    /// <summary>The key and mapping for the request whose services are <paramref name="services"/>.</summary>
    public Binding Bind(IServiceProvider? services) =>
        bind(services ?? throw new InvalidOperationException("A computed query field needs the request's services."));

    /// <summary>
    /// The key over the entity (a lambda <c>row => key</c>, non-null), the key of a field value, and whether the field
    /// falls as the key rises (e.g. days overdue falls as the due day rises).
    /// </summary>
    /// <param name="Key">The key, e.g. <c>i => i.DueOn</c>.</param>
    /// <param name="KeyOf">The key at which the field has a given value (strictly monotone: equal values, equal keys).</param>
    /// <param name="Decreasing">True when a larger key means a smaller value.</param>
    public sealed record Binding(LambdaExpression Key, Func<object, object> KeyOf, bool Decreasing);
}
