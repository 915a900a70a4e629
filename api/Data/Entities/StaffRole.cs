namespace SalesGraph.Data.Entities;

/// <summary>The roles of docs/domain.md; service accounts use <see cref="BiAnalyst"/> and <see cref="Integration"/>.</summary>
public enum StaffRole
{
    Director,
    RegionalManager,
    SalesRep,
    SalesSupport,
    Finance,
    BiAnalyst,
    Integration,
    Admin,
}
