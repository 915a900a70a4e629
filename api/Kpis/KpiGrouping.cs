using System.Linq.Expressions;
using System.Reflection;

namespace SalesGraph.Kpis;

/// <summary>
/// Groups rows to <see cref="KpiFact{TMeasures}"/> sums in SQL, keeping only the keys asked for: shared by the
/// base-table queries and the summary tables, so both group the same way.
/// </summary>
public static class KpiGrouping
{
    private static readonly PropertyInfo[] Keys = typeof(KpiFact).GetProperties();

    /// <summary>
    /// Projects with <paramref name="fact"/> (expanded by <see cref="KpiExpressions.Expand{T}"/>) after replacing the
    /// keys not in <paramref name="keys"/> with constants (which EF Core leaves out of the GROUP BY), then sums the
    /// measures <paramref name="fact"/> sets per remaining key.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="keys">Names of the <see cref="KpiFact"/> keys to group by.</param>
    /// <param name="fact">
    /// A member initialisation of <see cref="KpiFact{TMeasures}"/>: keys and the measures of one row, either as a member
    /// initialisation of <typeparamref name="TMeasures"/> (the measures it sets are summed) or as an expression of that
    /// type (all are).
    /// </param>
    public static IQueryable<KpiFact<TMeasures>> Group<T, TMeasures>(
        IQueryable<T> rows, IReadOnlySet<string> keys, Expression<Func<T, KpiFact<TMeasures>>> fact)
        where TMeasures : new()
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(fact);
        var init = (MemberInitExpression)KpiExpressions.Expand(fact).Body;
        var bound = init.Bindings.Cast<MemberAssignment>().ToDictionary(b => b.Member.Name, b => b.Expression, StringComparer.Ordinal);
        var measuresProperty = typeof(KpiFact<TMeasures>).GetProperty(nameof(KpiFact<TMeasures>.Measures))!;
        var measures = MeasuresOf<TMeasures>(bound[measuresProperty.Name]);
        var bindings = new List<MemberBinding>();
        foreach (var property in Keys)
        {
            var value = keys.Contains(property.Name) && bound.TryGetValue(property.Name, out var e)
                ? e
                : Expression.Constant(Default(property.PropertyType), property.PropertyType);
            bindings.Add(Expression.Bind(property, value));
        }

        bindings.Add(Expression.Bind(measuresProperty, Expression.MemberInit(Expression.New(typeof(TMeasures)), measures)));
        var projection = Expression.Lambda<Func<T, KpiFact<TMeasures>>>(Expression.MemberInit(init.NewExpression, bindings), fact.Parameters);
        var groups = rows.Select(projection).GroupBy(f => new { f.Year, f.RegionId, f.StaffId, f.Month, f.Day, f.Bucket, f.ProductLine, f.Grade, f.CustomerId });

        // g => new KpiFact<TMeasures> { keys = g.Key.*, Measures = new TMeasures { each set measure = g.Sum(f => f.Measures.measure) } }
        var g = Expression.Parameter(groups.ElementType, "g");
        var key = Expression.Property(g, "Key");
        var sums = new List<MemberBinding>();
        foreach (var measure in measures)
        {
            var f = Expression.Parameter(typeof(KpiFact<TMeasures>), "f");
            var selector = Expression.Lambda(Expression.Property(Expression.Property(f, measuresProperty), (PropertyInfo)measure.Member), f);
            sums.Add(Expression.Bind(measure.Member, Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(KpiFact<TMeasures>)], g, selector)));
        }

        var select = Expression.Lambda(
            Expression.MemberInit(
                Expression.New(typeof(KpiFact<TMeasures>)),
                [.. Keys.Select(p => Expression.Bind(p, Expression.Property(key, p.Name))),
                    Expression.Bind(measuresProperty, Expression.MemberInit(Expression.New(typeof(TMeasures)), sums))]),
            g);
        return (IQueryable<KpiFact<TMeasures>>)groups.Provider.CreateQuery(Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [groups.ElementType, typeof(KpiFact<TMeasures>)], groups.Expression, Expression.Quote(select)));
    }

    /// <summary>The measures a fact sets: those of its member initialisation, or all of them read from another expression.</summary>
    private static List<MemberAssignment> MeasuresOf<TMeasures>(Expression measures) => measures is MemberInitExpression init
        ? [.. init.Bindings.Cast<MemberAssignment>()]
        : [.. typeof(TMeasures).GetProperties().Select(p => Expression.Bind(p, Expression.Property(measures, p)))];

    private static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
