namespace SalesGraph.Kpis;

/// <summary>
/// Turns grouped sums into KPI rows as docs/domain.md defines them: amounts are summed per row, and every rate is computed
/// from the row's summed numerator and denominator (never an average of rates), so any row set re-aggregates exactly.
/// Pure: no database, no GraphQL.
/// </summary>
public static class KpiCalculator
{
    private const int RatePlaces = 4;

    /// <summary>Computes the rows of <paramref name="sources"/> grouped by <paramref name="groupBy"/>.</summary>
    /// <param name="groupBy">The dimensions of the rows.</param>
    /// <param name="sources">The grouped sums, keyed at least as finely as <paramref name="groupBy"/>.</param>
    /// <param name="byProductLine">
    /// Whether rows are split or filtered by product line: only sales figures follow product lines, so the others are null.
    /// </param>
    /// <param name="withTargets">Whether targets apply (they are set per region, rep and month, not per grade or product line).</param>
    /// <param name="subRegions">
    /// For <see cref="KpiDimension.SubRegion"/>: each rep's 片区 (reps in a 大区 itself are absent); the sources are then
    /// keyed by staff as well.
    /// </param>
    public static IReadOnlyList<KpiRow> Compute(
        IReadOnlySet<KpiDimension> groupBy, KpiSources sources, bool byProductLine, bool withTargets, IReadOnlyDictionary<int, int>? subRegions = null)
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sources);
        var rows = new Dictionary<KpiKey, Sums>();
        Sums At(KpiFact f) => rows.TryGetValue(KeyOf(f, groupBy, subRegions), out var s) ? s : rows[KeyOf(f, groupBy, subRegions)] = new Sums();

        foreach (var f in sources.Sales)
        {
            var s = At(f);
            s.Sales += f.Measures.Sales;
            s.List += f.Measures.ListTotal;
            s.Cost += f.Measures.Cost;
            s.Contracts += f.Measures.Contracts;
        }

        if (withTargets)
        {
            foreach (var f in sources.Targets)
            {
                var s = At(f);
                s.Target = (s.Target ?? 0) + f.Measures.SalesTarget;
            }
        }

        if (!byProductLine)
        {
            foreach (var f in sources.Collected)
            {
                At(f).Collected += f.Measures.Collected;
            }

            foreach (var f in sources.FallingDue)
            {
                At(f).Due += f.Measures.FallingDue;
            }

            foreach (var f in sources.Overdue)
            {
                At(f).Overdue += f.Measures.Balance;
            }

            foreach (var f in sources.Invoiced)
            {
                At(f).Invoiced += f.Measures.Invoiced;
            }

            foreach (var f in sources.Receivables)
            {
                At(f).Receivables += f.Measures.Balance;
            }

            foreach (var f in sources.NewCustomers)
            {
                At(f).NewCustomers += f.Measures.NewCustomers;
            }

            foreach (var f in sources.Shipments)
            {
                At(f).Shipments += f.Measures.Shipments;
            }

            foreach (var f in sources.OnTimeShipments)
            {
                At(f).OnTime += f.Measures.OnTimeShipments;
            }

            foreach (var f in sources.Returns)
            {
                At(f).Returned += f.Measures.Returned;
            }

            foreach (var f in sources.Complaints)
            {
                var s = At(f);
                s.Complaints++;
                s.InTime += f.Measures.AnsweredInTime ? 1 : 0;
                if (f.Measures.MinutesToAnswer is { } minutes)
                {
                    s.AnswerMinutes.Add(minutes);
                }
            }

            foreach (var f in sources.VisitCompliance)
            {
                var s = At(f);
                s.CadenceCustomers += f.Measures.Customers;
                s.ContactedOnTime += f.Measures.OnTime;
            }

            foreach (var f in sources.Funnel)
            {
                var s = At(f);
                s.OpportunitiesCreated += f.Measures.Created;
                s.OpportunitiesWon += f.Measures.Won;
                s.WonAmount += f.Measures.WonAmount;
                s.OpportunitiesLost += f.Measures.Lost;
                s.Pipeline += f.Measures.Pipeline;
                s.OpenOpportunities += f.Measures.Open;
            }
        }

        var atStart = byProductLine ? null : CustomersAtRowStart(groupBy, sources, subRegions);
        var byTime = groupBy.Contains(KpiDimension.Month) || groupBy.Contains(KpiDimension.Quarter);
        foreach (var (key, sums) in rows)
        {
            var month = key.Month ?? (key.Quarter * 3);
            sums.HasOverdue = !byProductLine && (byTime ? sources.OverdueMonths.Contains(month!.Value) : sources.OverdueMonths.Count > 0);
            sums.Days = !sums.HasOverdue ? null
                : byTime ? (sources.DaysToAsOf.TryGetValue(month!.Value, out var days) ? days : null)
                : sources.DaysToAsOf.Count > 0 ? sources.DaysToAsOf.Values.First() : null;
        }

        return [.. rows
            .Select(r => Row(r.Key, r.Value, byProductLine, atStart?.GetValueOrDefault(r.Key) ?? 0))
            .OrderBy(r => r.Key.RegionId).ThenBy(r => r.Key.SubRegionId).ThenBy(r => r.Key.StaffId).ThenBy(r => r.Key.Quarter).ThenBy(r => r.Key.Month)
            .ThenBy(r => r.Key.ProductLine, StringComparer.Ordinal).ThenBy(r => r.Key.CustomerGrade)];
    }

    /// <summary>The row key of a fact: the grouped dimensions kept, the others dropped; quarters come from months.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="groupBy">The dimensions of the rows.</param>
    /// <param name="subRegions">Each rep's 片区, for <see cref="KpiDimension.SubRegion"/> (the fact then carries its staff).</param>
    public static KpiKey KeyOf(KpiFact fact, IReadOnlySet<KpiDimension> groupBy, IReadOnlyDictionary<int, int>? subRegions = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(groupBy);
        return new KpiKey(
            groupBy.Contains(KpiDimension.Region) ? fact.RegionId : null,
            groupBy.Contains(KpiDimension.Staff) ? fact.StaffId : null,
            groupBy.Contains(KpiDimension.Quarter) ? (fact.Month + 2) / 3 : null,
            groupBy.Contains(KpiDimension.Month) ? fact.Month : null,
            groupBy.Contains(KpiDimension.ProductLine) ? fact.ProductLine : null,
            groupBy.Contains(KpiDimension.CustomerGrade) ? fact.Grade : null,
            groupBy.Contains(KpiDimension.SubRegion) && subRegions is not null && subRegions.TryGetValue(fact.StaffId, out var subRegion) ? subRegion : null,
            groupBy.Contains(KpiDimension.Customer) ? fact.CustomerId : null);
    }

    /// <summary>
    /// Customers at the start of each row's own period: those before the whole period, plus, for a month or quarter row,
    /// those won in the earlier months of the period.
    /// </summary>
    private static Dictionary<KpiKey, int> CustomersAtRowStart(IReadOnlySet<KpiDimension> groupBy, KpiSources sources, IReadOnlyDictionary<int, int>? subRegions)
    {
        var result = new Dictionary<KpiKey, int>();
        var byTime = groupBy.Contains(KpiDimension.Month) || groupBy.Contains(KpiDimension.Quarter);
        var baseCounts = new Dictionary<KpiKey, int>();
        foreach (var f in sources.CustomersAtStart)
        {
            var key = KeyOf(f, groupBy, subRegions) with { Month = null, Quarter = null };
            baseCounts[key] = baseCounts.GetValueOrDefault(key) + f.Measures.NewCustomers;
        }

        if (!byTime)
        {
            return baseCounts;
        }

        var keys = sources.Sales.Concat<KpiFact>(sources.Collected).Concat(sources.FallingDue).Concat(sources.Overdue).Concat(sources.NewCustomers)
            .Concat(sources.Shipments).Concat(sources.Returns).Concat(sources.Complaints).Concat(sources.Funnel).Concat(sources.VisitCompliance).Concat(sources.Targets).Select(f => KeyOf(f, groupBy, subRegions)).Distinct();
        foreach (var key in keys)
        {
            var firstMonth = key.Month ?? ((key.Quarter!.Value * 3) - 2);
            var timeless = key with { Month = null, Quarter = null };
            var earlier = sources.NewCustomers
                .Where(f => f.Month < firstMonth && KeyOf(f, groupBy, subRegions) with { Month = null, Quarter = null } == timeless)
                .Sum(f => f.Measures.NewCustomers);
            result[key] = baseCounts.GetValueOrDefault(timeless) + earlier;
        }

        return result;
    }

    private static KpiRow Row(KpiKey key, Sums s, bool byProductLine, int customersAtStart) => new()
    {
        Key = key,
        SalesAmount = s.Sales,
        ListTotal = s.List,
        CostTotal = s.Cost,
        ContractCount = s.Contracts,
        Target = s.Target,
        AchievementRate = Rate(s.Sales, s.Target),
        AverageDiscountRate = Rate(s.List - s.Sales, s.List),
        GrossMargin = Rate(s.Sales - s.Cost, s.Sales),
        CollectedAmount = byProductLine ? null : s.Collected,
        ReceivablesDue = byProductLine ? null : s.Due,
        CollectionRate = byProductLine ? null : Rate(s.Collected, s.Due),
        OverdueReceivables = s.HasOverdue ? s.Overdue : null,
        InvoicedAmount = byProductLine ? null : s.Invoiced,
        ReceivablesOutstanding = s.HasOverdue ? s.Receivables : null,
        DaysInPeriod = s.Days,
        DaysSalesOutstanding = Dso(s.Receivables, s.Invoiced, s.Days),
        NewCustomers = byProductLine ? null : s.NewCustomers,
        CustomersAtStart = byProductLine ? null : customersAtStart,
        NewCustomerRate = byProductLine ? null : Rate(s.NewCustomers, customersAtStart),
        ShipmentCount = byProductLine ? null : s.Shipments,
        OnTimeShipments = byProductLine ? null : s.OnTime,
        OnTimeShipmentRate = byProductLine ? null : Rate(s.OnTime, s.Shipments),
        ReturnsAmount = byProductLine ? null : s.Returned,
        NetSalesAmount = byProductLine ? null : s.Sales - s.Returned,
        ComplaintCount = byProductLine ? null : s.Complaints,
        ComplaintsAnswered = byProductLine ? null : s.AnswerMinutes.Count,
        ComplaintsAnsweredInTime = byProductLine ? null : s.InTime,
        ComplaintResponseRate = byProductLine ? null : Rate(s.InTime, s.Complaints),
        MedianMinutesToAnswer = byProductLine ? null : ComplaintResponses.Median(s.AnswerMinutes),
        OpportunitiesCreated = byProductLine ? null : s.OpportunitiesCreated,
        OpportunitiesWon = byProductLine ? null : s.OpportunitiesWon,
        WonOpportunityAmount = byProductLine ? null : s.WonAmount,
        OpportunitiesLost = byProductLine ? null : s.OpportunitiesLost,
        FunnelWinRate = byProductLine ? null : Rate(s.OpportunitiesWon, s.OpportunitiesWon + s.OpportunitiesLost),
        OpenOpportunities = byProductLine ? null : s.OpenOpportunities,
        PipelineAmount = byProductLine ? null : s.Pipeline,
        CadenceCustomers = byProductLine ? null : s.CadenceCustomers,
        ContactedOnTime = byProductLine ? null : s.ContactedOnTime,
        VisitCompliance = byProductLine ? null : Rate(s.ContactedOnTime, s.CadenceCustomers),
    };

    /// <summary>
    /// DSO (应收账款周转天数, docs/domain.md): open receivables at the row's as-of date ÷ invoiced in the row's period × the
    /// period's days up to that date, to 1 place (half away from zero); null when nothing was billed or the row has no as-of date.
    /// </summary>
    public static decimal? Dso(decimal receivables, decimal invoiced, int? days) =>
        days is { } d && invoiced != 0 ? decimal.Round(receivables / invoiced * d, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>numerator ÷ denominator to 4 places; null when there is nothing to divide by.</summary>
    public static decimal? Rate(decimal numerator, decimal? denominator) =>
        denominator is { } d && d != 0 ? decimal.Round(numerator / d, RatePlaces, MidpointRounding.AwayFromZero) : null;

    private sealed class Sums
    {
        public decimal Sales { get; set; }

        public decimal List { get; set; }

        public decimal Cost { get; set; }

        public int Contracts { get; set; }

        public decimal? Target { get; set; }

        public decimal Collected { get; set; }

        public decimal Due { get; set; }

        public decimal Overdue { get; set; }

        public bool HasOverdue { get; set; }

        public decimal Invoiced { get; set; }

        public decimal Receivables { get; set; }

        public int? Days { get; set; }

        public int NewCustomers { get; set; }

        public int Shipments { get; set; }

        public int OnTime { get; set; }

        public decimal Returned { get; set; }

        public int Complaints { get; set; }

        public int InTime { get; set; }

        public List<decimal> AnswerMinutes { get; } = [];

        public int OpportunitiesCreated { get; set; }

        public int OpportunitiesWon { get; set; }

        public decimal WonAmount { get; set; }

        public int OpportunitiesLost { get; set; }

        public decimal Pipeline { get; set; }

        public int OpenOpportunities { get; set; }

        public int CadenceCustomers { get; set; }

        public int ContactedOnTime { get; set; }
    }
}
