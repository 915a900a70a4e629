using GraphQL.Types;

namespace SalesGraph.Kpis;

/// <summary>The GraphQL input of <see cref="KpiFilterInput"/>.</summary>
public sealed class KpiFilterInputGraphType : InputObjectGraphType<KpiFilterInput>
{
    public KpiFilterInputGraphType()
    {
        Name = "KpiFilterInput";
        Description = "Narrows KPIs within the caller's row scope (which always applies first).";
        Field(f => f.RegionId, type: typeof(IdGraphType)).Description("Only this region and its 片区 (a global Region id).");
        Field(f => f.StaffId, type: typeof(IdGraphType)).Description("Only this rep's contracts, customers and targets (a global Staff id).");
        Field(f => f.CustomerGrade, nullable: true).Description("Only customers of this grade (targets, set per rep, then do not apply).");
        Field(f => f.ProductLine, nullable: true).Description("Only contract lines of this product line: only sales figures follow product lines, the others are null.");
    }
}
