using GraphQL.Types;
using SalesGraph.Contracts;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Funnel;

/// <summary>An opportunity.</summary>
public sealed class OpportunityGraphType : ObjectGraphType<Opportunity>
{
    public OpportunityGraphType()
    {
        Name = "Opportunity";
        Description = "An opportunity (商机) on a customer, owned by its rep: LEAD → INTENTION → QUOTE → WON (drafts the contract) or LOST.";
        this.NodeId(o => o.Id);
        Field(o => o.Title).Description("What the deal is.");
        Field(o => o.Stage).Description("Where it is in the funnel.");
        Field(o => o.ExpectedAmount).Description("Expected amount in CNY.");
        Field(o => o.ExpectedCloseOn).Description("Expected close date.");
        Field(o => o.Source).Description("Where it came from.");
        Field(o => o.FurthestStage).Description("The furthest stage it reached (a lost one: where it got to before it was lost); the funnel conversion counts it at every stage up to this one.");
        Field(o => o.CreatedOn).Description("The business day it was created (the funnel KPI's month).");
        Field(o => o.ClosedOn, nullable: true).Description("The business day it was won or lost.");
        Field(o => o.StageChangedAt).Description("When it last changed stage (UTC).");
        Field(o => o.Version).Description("Optimistic concurrency version; send it back with moveOpportunity.");
        Field(o => o.CreatedAt).Description("When it was created (UTC).");
        Field(o => o.UpdatedAt).Description("When it last changed (UTC).");
        Field(o => o.LostReason, nullable: true).Description("Why it was lost.");
        Field<CustomerGraphType>("customer").Description("The customer.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("owner").Description("The rep who owns it (the customer's when it was created).").Resolve(c => c.LoadById<Staff>(c.Source.OwnerId));
        Field<ContractGraphType>("contract").Description("The contract draft a won opportunity created.").Resolve(c => c.Source.ContractId is { } id ? c.LoadById<Contract>(id) : null);
    }
}
