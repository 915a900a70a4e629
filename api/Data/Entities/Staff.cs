namespace SalesGraph.Data.Entities;

/// <summary>A member of the sales department (or finance).</summary>
public sealed class Staff : IHasId
{
    public int Id { get; set; }
    public required string EmployeeNumber { get; set; }
    public required string Name { get; set; }
    public StaffRole Role { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public int? ReportsToId { get; set; }
    public Staff? ReportsTo { get; set; }
    public required string Email { get; set; }
    public required string Mobile { get; set; }
    public DateOnly HireDate { get; set; }
    public bool IsActive { get; set; } = true;
    public decimal BaseSalary { get; set; }
    public decimal CommissionRate { get; set; }
}
