using System.Linq.Expressions;
using SalesGraph.Auth;

namespace SalesGraph.Kpis;

/// <summary>
/// One KPI measure as the base tables define it: which rows count, the day each falls on, where it is booked and what
/// it adds. The summary tables (<see cref="KpiFacts"/>) and the checking reader of the tests group the same definition,
/// each with its own keys: the rep's months, or the KPI rows' 大区 and period.
/// </summary>
/// <param name="Counts">The rows that count, applied in order.</param>
/// <param name="On">The day a row falls on.</param>
/// <param name="Booked">Where a row is booked.</param>
/// <param name="Adds">What a row adds.</param>
public sealed record KpiMeasure<TRow, TMeasures>(
    IReadOnlyList<Expression<Func<TRow, bool>>> Counts,
    Expression<Func<TRow, DateOnly>> On,
    Expression<Func<TRow, KpiBooking>> Booked,
    Expression<Func<TRow, TMeasures>> Adds)
    where TMeasures : new()
{
    /// <summary>
    /// The sums of the counted <paramref name="rows"/> per <paramref name="keys"/>, each row's keys given by
    /// <paramref name="fact"/> from its booking, its day and its measures.
    /// </summary>
    public IQueryable<KpiFact<TMeasures>> Group(
        IQueryable<TRow> rows, IReadOnlySet<string> keys, Expression<Func<KpiBooking, DateOnly, TMeasures, KpiFact<TMeasures>>> fact)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(fact);
        return KpiGrouping.Group(Counted(rows), keys, KpiExpressions.Compose<TRow, KpiFact<TMeasures>>(fact, Booked, On, Adds));
    }

    /// <summary>The rows that count.</summary>
    public IQueryable<TRow> Counted(IQueryable<TRow> rows) => Counts.Aggregate(rows, (counted, rule) => counted.Where(rule));

    /// <summary>Rows falling on a day <paramref name="rule"/> accepts, e.g. inside a period.</summary>
    public Expression<Func<TRow, bool>> FallingOn(Expression<Func<DateOnly, bool>> rule) => RowScopes.Via(On, rule);
}
