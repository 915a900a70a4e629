using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Shipments;

/// <summary>An approval given to a delivery notice.</summary>
public sealed class ShipmentApprovalGraphType : ObjectGraphType<ShipmentApproval>
{
    public ShipmentApprovalGraphType()
    {
        Name = "ShipmentApproval";
        Description = "One approval given to a delivery notice: finance's, sales management's or the director's.";
        Field(a => a.SignOff).Description("In which capacity: FINANCE, SALES (a regional manager, or the director in its place) or DIRECTOR.");
        Field(a => a.At).Description("When it was given (UTC).");
        Field(a => a.Comment, nullable: true).Description("The approver's comment.");
        Field<StaffGraphType>("approvedBy")
            .Description("Who gave it.")
            .Resolve(c => c.Source.ApprovedById is { } id ? c.LoadById<Staff>(id) : null);
    }
}
