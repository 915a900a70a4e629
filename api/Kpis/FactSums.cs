using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SalesGraph.Kpis;

/// <summary>
/// Sums rows of a summary table <typeparamref name="T"/> per primary key, reading the columns by name from rows of any
/// type that has them (a rep's row adds to its region's row): the primary key's properties are the keys and every
/// other mapped property is a measure (<see cref="int"/> or <see cref="decimal"/>). Subtracting the rows a write's
/// contracts gave before it from the rows they give after it leaves what the write changes, which
/// <see cref="Data.Bulk.MultiRowInsert.AddAsync"/> adds to the table.
/// </summary>
/// <typeparam name="T">A mapped summary-table entity.</typeparam>
internal sealed class FactSums<T>
    where T : class
{
    private readonly PropertyInfo[] keys;
    private readonly PropertyInfo[] measures;
    private readonly Dictionary<string, T> rows = [];

    public FactSums(IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        keys = [.. entity.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!)];
        measures = [.. entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.PropertyInfo!)];
        if (Array.Find(measures, m => m.PropertyType != typeof(int) && m.PropertyType != typeof(decimal)) is { } other)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{other.Name} is not a summable measure.");
        }
    }

    /// <summary>The summed rows with at least one measure not zero.</summary>
    public IReadOnlyCollection<T> NonZero => [.. rows.Values.Where(r => measures.Any(m => m.GetValue(r) is not (0 or 0m)))];

    /// <summary>Adds <paramref name="sign"/> times each row's measures to the sum of its key.</summary>
    public FactSums<T> Add<TRow>(IEnumerable<TRow> source, int sign)
        where TRow : class
    {
        var from = typeof(TRow);
        PropertyInfo Of(PropertyInfo p) => from.GetProperty(p.Name) ?? throw new InvalidOperationException($"{from.Name} has no {p.Name}.");
        var sourceKeys = Array.ConvertAll(keys, Of);
        var sourceMeasures = Array.ConvertAll(measures, Of);
        foreach (var row in source)
        {
            var values = Array.ConvertAll(sourceKeys, k => k.GetValue(row));
            var id = string.Join('\u001f', values);
            if (!rows.TryGetValue(id, out var sum))
            {
                sum = Activator.CreateInstance<T>();
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i].SetValue(sum, values[i]);
                }

                rows.Add(id, sum);
            }

            for (var i = 0; i < measures.Length; i++)
            {
                var value = sourceMeasures[i].GetValue(row);
                measures[i].SetValue(sum, (measures[i].GetValue(sum), value) switch
                {
                    (int a, int b) => (object)(a + (sign * b)),
                    (decimal a, decimal b) => (object)(a + (sign * b)),
                    var (a, b) => throw new InvalidOperationException($"Cannot add {b} to {a}."),
                });
            }
        }

        return this;
    }
}
