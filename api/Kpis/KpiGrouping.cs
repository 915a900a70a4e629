using System.Linq.Expressions;

namespace SalesGraph.Kpis;

/// <summary>
/// Groups rows to <see cref="KpiFact"/> sums in SQL, keeping only the keys asked for: shared by the base-table queries
/// and the summary tables, so both group the same way.
/// </summary>
public static class KpiGrouping
{
    /// <summary>
    /// Projects with <paramref name="fact"/> after replacing the keys not in <paramref name="keys"/> with constants (which
    /// EF Core leaves out of the GROUP BY), then sums the measures <paramref name="fact"/> sets per remaining key.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="keys">Names of the <see cref="KpiFact"/> keys to group by.</param>
    /// <param name="fact">A member initialisation of <see cref="KpiFact"/>: keys and measures of one row.</param>
    public static IQueryable<KpiFact> Group<T>(IQueryable<T> rows, IReadOnlySet<string> keys, Expression<Func<T, KpiFact>> fact)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(fact);
        var init = (MemberInitExpression)fact.Body;
        var bound = init.Bindings.Cast<MemberAssignment>().ToDictionary(b => b.Member.Name, b => b.Expression, StringComparer.Ordinal);
        var bindings = new List<MemberBinding>();
        foreach (var property in typeof(KpiFact).GetProperties())
        {
            if (IsKey(property.Name))
            {
                var value = keys.Contains(property.Name) && bound.TryGetValue(property.Name, out var e)
                    ? e
                    : Expression.Constant(Default(property.PropertyType), property.PropertyType);
                bindings.Add(Expression.Bind(property, value));
            }
            else if (bound.TryGetValue(property.Name, out var measure))
            {
                bindings.Add(Expression.Bind(property, measure));
            }
        }

        var projection = Expression.Lambda<Func<T, KpiFact>>(Expression.MemberInit(init.NewExpression, bindings), fact.Parameters);
        var groups = rows.Select(projection).GroupBy(f => new { f.Year, f.RegionId, f.StaffId, f.Month, f.Day, f.ProductLine, f.Grade });

        // g => new KpiFact { keys = g.Key.*, each bound measure = g.Sum(f => f.measure) }
        var g = Expression.Parameter(groups.ElementType, "g");
        var key = Expression.Property(g, "Key");
        var sums = new List<MemberBinding>();
        foreach (var property in typeof(KpiFact).GetProperties())
        {
            if (IsKey(property.Name))
            {
                sums.Add(Expression.Bind(property, Expression.Property(key, property.Name)));
            }
            else if (bound.ContainsKey(property.Name))
            {
                var f = Expression.Parameter(typeof(KpiFact), "f");
                var selector = Expression.Lambda(Expression.Property(f, property), f);
                var sum = Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(KpiFact)], g, selector);
                sums.Add(Expression.Bind(property, sum));
            }
        }

        var select = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(KpiFact)), sums), g);
        return (IQueryable<KpiFact>)groups.Provider.CreateQuery(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groups.ElementType, typeof(KpiFact)], groups.Expression, Expression.Quote(select)));
    }

    private static bool IsKey(string member) => member is nameof(KpiFact.Year) or nameof(KpiFact.RegionId) or nameof(KpiFact.StaffId)
        or nameof(KpiFact.Month) or nameof(KpiFact.Day) or nameof(KpiFact.ProductLine) or nameof(KpiFact.Grade);

    private static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
