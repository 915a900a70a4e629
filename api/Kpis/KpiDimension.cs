namespace SalesGraph.Kpis;

/// <summary>What KPI rows can be grouped by.</summary>
public enum KpiDimension
{
    /// <summary>The 大区 (level-1 region) a contract, customer or target belongs to.</summary>
    Region,

    /// <summary>The owner rep of the contract or customer, or the rep of a target.</summary>
    Staff,

    /// <summary>The calendar month (1–12) of the period.</summary>
    Month,

    /// <summary>The calendar quarter (1–4) of the period.</summary>
    Quarter,

    /// <summary>The product line of the contract lines (only sales figures split by product line).</summary>
    ProductLine,

    /// <summary>The customer's grade (A, B, C).</summary>
    CustomerGrade,
}
