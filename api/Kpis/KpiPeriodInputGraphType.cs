using GraphQL.Types;

namespace SalesGraph.Kpis;

/// <summary>The GraphQL input of <see cref="KpiPeriodInput"/>.</summary>
public sealed class KpiPeriodInputGraphType : InputObjectGraphType<KpiPeriodInput>
{
    public KpiPeriodInputGraphType()
    {
        Name = "KpiPeriodInput";
        Description = "A calendar year, or one quarter or month of it. Omitted, the period is the current year (UTC).";
        Field(p => p.Year).Description("The calendar year.");
        Field(p => p.Quarter, nullable: true).Description("1–4: only this quarter of the year.");
        Field(p => p.Month, nullable: true).Description("1–12: only this month of the year (within `quarter` when both are given).");
    }
}
