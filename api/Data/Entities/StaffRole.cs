using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>The roles of docs/domain.md; service accounts use <see cref="BiAnalyst"/> and <see cref="Integration"/>.</summary>
[Description("A person's or service account's role (docs/domain.md).")]
public enum StaffRole
{
    [Description("销售总监: sets targets, approves large discounts, sees everything.")]
    Director,
    [Description("区域经理: runs a region (大区) and its 片区.")]
    RegionalManager,
    [Description("销售专员: owns customers and contracts.")]
    SalesRep,
    [Description("销售内勤: contract ledger, orders, delivery notices and shipments.")]
    SalesSupport,
    [Description("财务: invoices, payments, credit and receivables.")]
    Finance,
    [Description("BI service account: aggregates without personal data.")]
    BiAnalyst,
    [Description("系统集成: a service account of another system (ERP), limited by its grants.")]
    Integration,
    [Description("System administrator: organization and accounts, no sales data.")]
    Admin,
}
