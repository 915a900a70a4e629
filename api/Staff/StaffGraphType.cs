using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Regions;
using SalesGraph.Resolving;

namespace SalesGraph.StaffDirectory;

/// <summary>A member of staff.</summary>
public sealed class StaffGraphType : ObjectGraphType<Staff>
{
    public StaffGraphType()
    {
        Name = "Staff";
        Description = "A member of the sales department or finance (员工).";
        this.NodeId(s => s.Id);
        Field(s => s.EmployeeNumber).Description("Employee number (工号).");
        Field(s => s.Name).Description("Full name.");
        Field(s => s.Role).Description("The staff member's role.");
        Field(s => s.Email, nullable: true).Description("Work email.");
        Field(s => s.Mobile, nullable: true).Description("Mobile phone number.");
        Field(s => s.HireDate).Description("Date of hire.");
        Field(s => s.IsActive).Description("Whether the staff member is still employed.");
        Field(s => s.BaseSalary, nullable: true).Description("Monthly base salary in CNY (sensitive: the director, the person and their manager).");
        Field(s => s.CommissionRate, nullable: true).Description("Commission rate, e.g. 0.025 for 2.5% (sensitive: as base salary).");
        Field<RegionGraphType>("region")
            .Description("The region the staff member works in; null for head office.")
            .Resolve(c => c.Source.RegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<StaffGraphType>("reportsTo")
            .Description("The manager this staff member reports to.")
            .Resolve(c => c.Source.ReportsToId is { } id ? c.LoadById<Staff>(id) : null);
        this.Connection<Staff, CustomerGraphType>("customers")
            .Description("Customers this staff member owns, as far as the caller may see them.")
            .ResolveChildren(x => x.OwnerId, parent => parent.Id, CustomerQueries.ById);
    }
}
