using System.ComponentModel;

namespace SalesGraph.Kpis;

/// <summary>What KPI rows can be grouped by.</summary>
[Description("What KPI rows can be grouped by.")]
public enum KpiDimension
{
    /// <summary>The 大区 (level-1 region) a contract, customer or target belongs to.</summary>
    [Description("The 大区 (level-1 region) a contract, customer or target belongs to.")]
    Region,

    /// <summary>The owner rep of the contract or customer, or the rep of a target.</summary>
    [Description("The owner rep of the contract or customer, or the rep of a target.")]
    Staff,

    /// <summary>The calendar month (1–12) of the period.</summary>
    [Description("The calendar month (1–12) of the period.")]
    Month,

    /// <summary>The calendar quarter (1–4) of the period.</summary>
    [Description("The calendar quarter (1–4) of the period.")]
    Quarter,

    /// <summary>The product line of the contract lines (only sales figures split by product line).</summary>
    [Description("The product line of the contract lines (only sales figures split by product line).")]
    ProductLine,

    /// <summary>The customer's grade (A, B, C).</summary>
    [Description("The customer's grade (A, B, C).")]
    CustomerGrade,

    /// <summary>The 片区 of the owner rep: the rep's own region when it is a 片区 (null for a rep sitting in a 大区 itself).</summary>
    [Description("The 片区 of the owner rep: the rep's own region when it is a 片区 (null for a rep sitting in a 大区 itself).")]
    SubRegion,

    /// <summary>The customer of the invoice (receivables aging only: the KPI summary tables are not kept per customer).</summary>
    [Description("The customer of the invoice (receivablesAging only: kpis are not kept per customer).")]
    Customer,
}
