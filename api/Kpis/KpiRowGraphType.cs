using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Kpis;

/// <summary>One flat row of KPIs.</summary>
public sealed class KpiRowGraphType : ObjectGraphType<KpiRow>
{
    public KpiRowGraphType()
    {
        Name = "KpiRow";
        Description = "One row of KPIs for the period: the group keys asked for in `groupBy` (the others are null), the summed amounts, "
            + "and rates computed from this row's sums (never averaged), so rows re-aggregate exactly. Rates are fractions (0.25 = 25%) "
            + "with 4 places, null when their denominator is zero. Amounts are CNY.";
        Field<RegionGraphType>("region")
            .Description("The 大区 (level-1 region), when grouped by REGION.")
            .Resolve(c => c.Source.Key.RegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<RegionGraphType>("subRegion")
            .Description("The 片区 of the owner rep (its own region when that is a 片区), when grouped by SUB_REGION; null for reps in a 大区 itself.")
            .Resolve(c => c.Source.Key.SubRegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<StaffGraphType>("staff")
            .Description("The owner rep, when grouped by STAFF.")
            .Resolve(c => c.Source.Key.StaffId is { } id ? c.LoadById<Staff>(id) : null);
        Field<IntGraphType>("quarter").Description("The quarter (1–4), when grouped by QUARTER.").Resolve(c => c.Source.Key.Quarter);
        Field<IntGraphType>("month").Description("The month (1–12), when grouped by MONTH.").Resolve(c => c.Source.Key.Month);
        Field<StringGraphType>("productLine").Description("The product line, when grouped by PRODUCT_LINE.").Resolve(c => c.Source.Key.ProductLine);
        Field<EnumerationGraphType<CustomerGrade>>("customerGrade").Description("The customer grade, when grouped by CUSTOMER_GRADE.")
            .Resolve(c => c.Source.Key.CustomerGrade);
        Field(r => r.SalesAmount).Description("销售额: Σ agreed totals of contracts signed in the period, except rejected ones and those terminated before their term began.");
        Field(r => r.ContractCount).Description("Contracts counted in the sales amount (by product line: contracts with lines of that line).");
        Field(r => r.ListTotal).Description("Σ list totals of the same contracts (the denominator of averageDiscountRate).");
        Field(r => r.Target, nullable: true).Description("Sales target of the same scope and period: Σ the reps' monthly targets. Null when grouped or filtered by customer grade or product line (targets are not set per grade or line).");
        Field(r => r.AchievementRate, nullable: true).Description("计划达成率: salesAmount ÷ target.");
        Field(r => r.CollectedAmount, nullable: true).Description("回款额: Σ payments received in the period.");
        Field(r => r.ReceivablesDue, nullable: true).Description("Σ invoices falling due in the period (the denominator of collectionRate).");
        Field(r => r.CollectionRate, nullable: true).Description("回款率: collectedAmount ÷ receivablesDue.");
        Field(r => r.OverdueReceivables, nullable: true).Description("逾期应收: open receivables past due at the end of the row's period (a month or quarter row: its last day; otherwise the period's), never later than today. A balance: rows by month do not add up over time.");
        Field(r => r.NewCustomers, nullable: true).Description("新客户: customers whose first contract falls in the period.");
        Field(r => r.CustomersAtStart, nullable: true).Description("Customers at the start of the row's period: those whose first contract came before it (the denominator of newCustomerRate).");
        Field(r => r.NewCustomerRate, nullable: true).Description("新客户拓展率: newCustomers ÷ customersAtStart.");
        Field(r => r.AverageDiscountRate, nullable: true).Description("平均折扣率: Σ discount ÷ Σ list total over the period's contracts.");
        Field(r => r.GrossMargin, nullable: true).Description("毛利率: (Σ agreed total − Σ cost) ÷ Σ agreed total (sensitive: director and finance).");
        Field(r => r.ShipmentCount, nullable: true).Description("Shipments shipped in the period (not cancelled).");
        Field(r => r.OnTimeShipments, nullable: true).Description("Of those, shipped by their due day: OrderDesk:ShipWithinDays (3) after the goods were released, paid or approved (款到后3天内发货).");
        Field(r => r.OnTimeShipmentRate, nullable: true).Description("准时发货率: onTimeShipments ÷ shipmentCount.");
        Field(r => r.ReturnsAmount, nullable: true).Description("退货额: Σ credit notes for returned goods of contracts, issued in the period (salesAmount stays the gross figure). Null when split by product line.");
        Field(r => r.ComplaintCount, nullable: true).Description("Complaints (投诉) received in the period, booked to the complaint's owner rep and its customer's 大区. Null when split by product line.");
        Field(r => r.ComplaintsAnswered, nullable: true).Description("Of those, the ones answered so far.");
        Field(r => r.ComplaintsAnsweredInTime, nullable: true).Description("Of those, the ones first answered by their answerDueAt (2 hours after receipt).");
        Field(r => r.ComplaintResponseRate, nullable: true).Description("投诉及时响应率: complaintsAnsweredInTime ÷ complaintCount (unanswered complaints count as not in time); null without complaints.");
        Field(r => r.MedianMinutesToAnswer, nullable: true).Description("投诉响应时长: the median minutes from receipt to first answer over the answered complaints (1 place); null when none is answered.");
        Field(r => r.OpportunitiesCreated, nullable: true).Description("商机: opportunities created in the period (by the business day created), booked to their owner rep and their customer's 大区. Null when split by product line.");
        Field(r => r.OpportunitiesWon, nullable: true).Description("Opportunities won (签约) in the period, by the day closed.");
        Field(r => r.WonOpportunityAmount, nullable: true).Description("Σ expected amount of the opportunities won in the period.");
        Field(r => r.OpportunitiesLost, nullable: true).Description("Opportunities lost (输单) in the period, by the day closed.");
        Field(r => r.FunnelWinRate, nullable: true).Description("商机赢单率: opportunitiesWon ÷ (opportunitiesWon + opportunitiesLost); null when none closed.");
        Field(r => r.OpenOpportunities, nullable: true).Description("Open opportunities (LEAD, INTENTION, QUOTE) expected to close in the period (by expectedCloseOn), as they stand now.");
        Field(r => r.PipelineAmount, nullable: true).Description("Pipeline: Σ expected amount of the open opportunities expected to close in the period.");
        Field(r => r.CadenceCustomers, nullable: true).Description("A/B customers (not lost) with a contact cadence, as of today (in the month of today, or the period's last month when it ended earlier); booked to the owner rep and the customer's 大区. Null when split by product line.");
        Field(r => r.ContactedOnTime, nullable: true).Description("Of those, contacted on time by the cadence (A: a visit within FieldWork:VisitEveryDaysA days, B: a call or visit within FieldWork:ContactEveryDaysB; not overdue today).");
        Field(r => r.VisitCompliance, nullable: true).Description("拜访达标率: contactedOnTime ÷ cadenceCustomers; null without A/B customers.");
        Field(r => r.InvoicedAmount, nullable: true).Description("开票额: Σ invoices issued in the period (not void), by issue day. Null when split by product line.");
        Field(r => r.ReceivablesOutstanding, nullable: true).Description("应收账款余额: open receivables, past due or not, at the same as-of date as overdueReceivables (a balance: sums over non-time keys only).");
        Field(r => r.DaysInPeriod, nullable: true).Description("The days of the row's period (its month, quarter, or the whole period) up to its as-of date, both included.");
        Field(r => r.DaysSalesOutstanding, nullable: true).Description("DSO (应收账款周转天数): receivablesOutstanding ÷ invoicedAmount × daysInPeriod, 1 place (half away from zero); null when nothing was billed. Recompute over rows from the summed amounts, never by averaging.");
        Field(r => r.NetSalesAmount, nullable: true).Description("Sales net of returns: salesAmount − returnsAmount. Null when split by product line.");
    }
}
