using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Kpis;

/// <summary>One row of the receivables aging.</summary>
public sealed class AgingRowGraphType : ObjectGraphType<AgingRow>
{
    public AgingRowGraphType()
    {
        Name = "ReceivablesAgingRow";
        Description = "Open receivables (invoiced − paid − credited) as they stood at the end of the asOf day (today by default) by days past due "
            + "counted to that day (账龄: 0–30, 31–60, 61–90, 90+), in CNY.";
        Field<RegionGraphType>("region").Description("The 大区, when grouped by REGION.")
            .Resolve(c => c.Source.Key.RegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<RegionGraphType>("subRegion").Description("The 片区 of the owner rep (its own region when that is a 片区), when grouped by SUB_REGION; null for reps in a 大区 itself.")
            .Resolve(c => c.Source.Key.SubRegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<StaffGraphType>("staff").Description("The owner rep, when grouped by STAFF.")
            .Resolve(c => c.Source.Key.StaffId is { } id ? c.LoadById<Staff>(id) : null);
        Field<EnumerationGraphType<CustomerGrade>>("customerGrade").Description("The customer grade, when grouped by CUSTOMER_GRADE.")
            .Resolve(c => c.Source.Key.CustomerGrade);
        Field<CustomerGraphType>("customer").Description("The customer of the invoices, when grouped by CUSTOMER.")
            .Resolve(c => c.Source.Key.CustomerId is { } id ? c.LoadById<Customer>(id) : null);
        Field(r => r.NotDue).Description("Open and not yet due.");
        Field(r => r.Days0To30).Description("1–30 days past due.");
        Field(r => r.Days31To60).Description("31–60 days past due.");
        Field(r => r.Days61To90).Description("61–90 days past due.");
        Field(r => r.Over90Days).Description("More than 90 days past due.");
        Field(r => r.Overdue).Description("All past due (逾期应收): the four buckets.");
        Field(r => r.Open).Description("All open receivables: not due plus overdue.");
    }
}
