namespace SalesGraph.Kpis;

/// <summary>
/// Overdue receivables as of a day from the summary rows' dated changes (<see cref="OverdueEvents"/>): the monthly
/// changes up to a month's end, corrected by the daily changes of part of the month when the day is inside it.
/// </summary>
internal static class OverdueBalances
{
    /// <summary>
    /// Each row's overdue balance as of <paramref name="asOf"/> (labelled <paramref name="month"/>): the changes before
    /// the period, plus those of the period's months up to <paramref name="asOf"/>'s, corrected by <paramref name="live"/>,
    /// the changes of the <see cref="LiveWindow"/> when <paramref name="asOf"/> is not a month's last day.
    /// </summary>
    public static IEnumerable<KpiFact<OverdueMeasures>> AsOf(
        int month, DateOnly asOf, IEnumerable<KpiFact<FlowMeasures>> before, IEnumerable<KpiFact<FlowMeasures>> flows, IEnumerable<KpiFact<FlowMeasures>> live)
    {
        // From the month's end (its last day included) when the window lies after asOf, else from the previous month's end.
        var fromMonthEnd = LiveWindow(asOf).After == asOf;
        var through = fromMonthEnd ? asOf.Month : asOf.Month - 1;
        var sign = fromMonthEnd ? -1 : 1;
        return before.Select(f => (Fact: f, Change: f.Measures.OverdueChange))
            .Concat(flows.Where(f => f.Month <= through).Select(f => (Fact: f, Change: f.Measures.OverdueChange)))
            .Concat(live.Select(f => (Fact: f, Change: sign * f.Measures.OverdueChange)))
            .GroupBy(x => (x.Fact.RegionId, x.Fact.StaffId, x.Fact.Grade), x => x.Change)
            .Select(g => new KpiFact<OverdueMeasures>
            {
                RegionId = g.Key.RegionId, StaffId = g.Key.StaffId, Grade = g.Key.Grade, Month = month, Measures = new OverdueMeasures { Balance = g.Sum() },
            })
            .Where(f => f.Measures.Balance != 0);
    }

    /// <summary>
    /// Each row's open receivables as of <paramref name="asOf"/> (labelled <paramref name="month"/>): the changes before the
    /// period plus those of the period's months up to <paramref name="asOf"/>'s. A month's receivable changes are all dated
    /// on or before today (receipts and credit notes cannot be dated ahead), so a month not yet over holds today's balance
    /// — but for invoices issued ahead of their day, which count from the start of their month.
    /// </summary>
    public static IEnumerable<KpiFact<OverdueMeasures>> ReceivablesAsOf(
        int month, DateOnly asOf, IEnumerable<KpiFact<FlowMeasures>> before, IEnumerable<KpiFact<FlowMeasures>> flows) =>
        before.Select(f => (Fact: f, Change: f.Measures.ReceivableChange))
            .Concat(flows.Where(f => f.Month <= asOf.Month).Select(f => (Fact: f, Change: f.Measures.ReceivableChange)))
            .GroupBy(x => (x.Fact.RegionId, x.Fact.StaffId, x.Fact.Grade), x => x.Change)
            .Select(g => new KpiFact<OverdueMeasures>
            {
                RegionId = g.Key.RegionId, StaffId = g.Key.StaffId, Grade = g.Key.Grade, Month = month, Measures = new OverdueMeasures { Balance = g.Sum() },
            })
            .Where(f => f.Measures.Balance != 0);

    /// <summary>
    /// The days whose overdue changes are read from the daily summary rows for a balance as of <paramref name="asOf"/>
    /// inside a month: the month's days up to it (added to the balance at the previous month's end), or, in the second
    /// half of the month, the days after it (taken from the balance at the month's end) — whichever is fewer.
    /// </summary>
    public static (DateOnly After, DateOnly Through) LiveWindow(DateOnly asOf)
    {
        var end = MonthEnd(asOf);
        return end.DayNumber - asOf.DayNumber < asOf.Day ? (asOf, end) : (MonthStart(asOf).AddDays(-1), asOf);
    }

    public static DateOnly MonthEnd(DateOnly day) => MonthStart(day).AddMonths(1).AddDays(-1);

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);
}
