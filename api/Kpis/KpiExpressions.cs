using System.Linq.Expressions;
using System.Reflection;
using SalesGraph.Auth;

namespace SalesGraph.Kpis;

/// <summary>
/// Lets KPI queries name a piece of SQL once (<see cref="KpiRegions.TopLevelRegionId"/>, <see cref="KpiMeasures"/>) and
/// use it inside other expressions: write <c>definition.Apply(argument)</c> in a query and pass the query through
/// <see cref="Expand{T}"/> (<see cref="KpiGrouping.Group"/> does), which inlines the definition's body so EF Core
/// translates it like hand-written code.
/// </summary>
public static class KpiExpressions
{
    private static readonly MethodInfo[] ApplyMethods = [.. typeof(KpiExpressions).GetMethods().Where(m => m.Name == nameof(Apply))];

    /// <summary>
    /// Marks <paramref name="definition"/> applied to <paramref name="argument"/> inside a query expression; only
    /// <see cref="Expand{T}"/> gives it a meaning. Throws when called, like <c>EF.Functions</c>: a query that reaches SQL
    /// (or client evaluation) without being expanded is a bug.
    /// </summary>
    public static TResult Apply<T, TResult>(this Expression<Func<T, TResult>> definition, T argument) => throw NotExpanded();

    /// <summary>Marks a definition of two arguments applied inside a query expression (see the one-argument overload).</summary>
    public static TResult Apply<T1, T2, TResult>(this Expression<Func<T1, T2, TResult>> definition, T1 first, T2 second) => throw NotExpanded();

    /// <summary>
    /// <paramref name="expression"/> with every <c>Apply</c> replaced by the definition's body, and member reads
    /// of objects built in the expression (<c>new X { A = e }.A</c>) replaced by the member's value.
    /// </summary>
    public static T Expand<T>(T expression)
        where T : Expression => (T)new Expander().Visit(expression);

    /// <summary>
    /// <paramref name="shape"/> with its parameters replaced by <paramref name="parts"/>' bodies, all over one row: how a
    /// definition made of parts (which day, which keys, which measures) becomes one expression of the row.
    /// </summary>
    public static Expression<Func<TRow, TResult>> Compose<TRow, TResult>(LambdaExpression shape, params LambdaExpression[] parts)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(parts);
        var row = Expression.Parameter(typeof(TRow), "r");
        var body = shape.Body;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = new RowScopes.Substitute(parts[i].Parameters[0], row).Visit(parts[i].Body);
            body = new RowScopes.Substitute(shape.Parameters[i], part).Visit(body);
        }

        return Expand(Expression.Lambda<Func<TRow, TResult>>(body, row));
    }

    private static NotSupportedException NotExpanded() =>
        new($"{nameof(Apply)} is for KPI query expressions passed through {nameof(KpiExpressions)}.{nameof(Expand)}.");

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || !ApplyMethods.Contains(node.Method.GetGenericMethodDefinition()))
            {
                return base.VisitMethodCall(node);
            }

            var definition = (LambdaExpression)Evaluate(node.Arguments[0]);
            var body = definition.Body;
            for (var i = 0; i < definition.Parameters.Count; i++)
            {
                body = new RowScopes.Substitute(definition.Parameters[i], Visit(node.Arguments[i + 1])).Visit(body);
            }

            return Visit(body);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var inner = node.Expression is null ? null : Visit(node.Expression);
            if (inner is MemberInitExpression init
                && init.Bindings.OfType<MemberAssignment>().FirstOrDefault(b => b.Member == node.Member) is { } bound)
            {
                return bound.Expression;
            }

            return node.Update(inner);
        }

        /// <summary>The definition an <c>Apply</c> names: a static field (the usual case) or any closed expression.</summary>
        private static object Evaluate(Expression expression) => expression switch
        {
            ConstantExpression constant => constant.Value!,
            MemberExpression { Expression: null, Member: FieldInfo field } => field.GetValue(null)!,
            MemberExpression { Expression: null, Member: PropertyInfo property } => property.GetValue(null)!,
            _ => Expression.Lambda<Func<object>>(Expression.Convert(expression, typeof(object))).Compile()(),
        };
    }
}
