using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.FieldWork;

/// <summary>One rep's contact compliance.</summary>
/// <param name="StaffId">The owner rep.</param>
/// <param name="Customers">A/B customers with a cadence.</param>
/// <param name="OnTime">Of those, not overdue today.</param>
public sealed record ContactComplianceRow(int StaffId, int Customers, int OnTime)
{
    /// <summary>OnTime ÷ Customers, 4 places; null without customers.</summary>
    public decimal? Rate => Customers == 0 ? null : Math.Round((decimal)OnTime / Customers, 4);
}

/// <summary>The <c>ContactComplianceRow</c> type.</summary>
public sealed class ContactComplianceRowGraphType : ObjectGraphType<ContactComplianceRow>
{
    public ContactComplianceRowGraphType()
    {
        Name = "ContactComplianceRow";
        Description = "One rep's contact compliance: A/B customers contacted within their cadence.";
        Field<StaffGraphType>("staff").Description("The owner rep.").Resolve(c => c.LoadById<Staff>(c.Source.StaffId));
        Field(r => r.Customers).Description("A/B customers (not lost) the rep owns.");
        Field(r => r.OnTime).Description("Of those, contacted within their cadence (not overdue today).");
        Field(r => r.Rate, nullable: true).Description("onTime ÷ customers (拜访达标率).");
    }
}
