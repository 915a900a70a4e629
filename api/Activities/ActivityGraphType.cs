using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Activities;

/// <summary>A customer activity.</summary>
public sealed class ActivityGraphType : ObjectGraphType<Activity>
{
    public ActivityGraphType()
    {
        Name = "Activity";
        Description = "A visit, call or complaint on a customer (拜访/跟进/投诉).";
        this.NodeId(a => a.Id);
        Field(a => a.Kind).Description("Visit, call or complaint.");
        Field(a => a.OccurredAt).Description("When it happened (UTC).");
        Field(a => a.Subject).Description("Short subject.");
        Field(a => a.Notes, nullable: true).Description("Notes.");
        Field(a => a.AnsweredAt, nullable: true).Description("For complaints logged as activities before the Complaint type existed: when answered (UTC). New complaints are Complaint objects.");
        Field<CustomerGraphType>("customer")
            .Description("The customer.")
            .Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("staff")
            .Description("Who logged it.")
            .Resolve(c => c.LoadById<Staff>(c.Source.StaffId));
    }
}
