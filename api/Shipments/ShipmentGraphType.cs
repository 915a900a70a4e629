using GraphQL.Types;
using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;

namespace SalesGraph.Shipments;

/// <summary>A shipment.</summary>
public sealed class ShipmentGraphType : ObjectGraphType<Shipment>
{
    public ShipmentGraphType()
    {
        Name = "Shipment";
        Description = "A delivery notice (发货通知单) and the tracking of its shipment.";
        this.NodeId(s => s.Id);
        Field(s => s.NoticeNumber).Description("Delivery notice number, unique.");
        Field(s => s.Carrier).Description("Carrier (托运单位).");
        Field(s => s.PlannedOn).Description("Planned ship date.");
        Field(s => s.ShippedOn, nullable: true).Description("Date shipped.");
        Field(s => s.DeliveredOn, nullable: true).Description("Date delivered.");
        Field(s => s.Status).Description("Planned, shipped, delivered or cancelled.");
        Field<ContractGraphType>("contract")
            .Description("The contract shipped.")
            .Resolve(c => c.LoadById<Contract>(c.Source.ContractId));
        this.Connection<Shipment, ShipmentLineGraphType>("lines")
            .Description("Products and quantities on the notice.")
            .ResolveChildren(l => l.ShipmentId, parent => parent.Id, LineOrder);
    }

    private static readonly IReadOnlyList<SortKey<ShipmentLine>> LineOrder = [SortKey<ShipmentLine>.Ascending(l => l.Id)];
}
