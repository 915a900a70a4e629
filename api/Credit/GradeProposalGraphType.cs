using GraphQL.Types;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Credit;

/// <summary>A grade proposal.</summary>
public sealed class GradeProposalGraphType : ObjectGraphType<GradeProposal>
{
    public GradeProposalGraphType()
    {
        Name = "GradeProposal";
        Description = "A regional manager's proposal to change a customer's grade (建议权), for the director to approve or reject. Approval changes the "
            + "grade and gives the customer the new grade's credit policy unless finance set its terms explicitly.";
        this.NodeId(p => p.Id);
        Field(p => p.FromGrade).Description("The customer's grade when the proposal was made.");
        Field(p => p.ToGrade).Description("The grade proposed.");
        Field(p => p.Status).Description("PENDING, APPROVED or REJECTED.");
        Field(p => p.Reason).Description("Why the manager proposes it.");
        Field(p => p.ProposedAt).Description("When it was proposed (UTC).");
        Field(p => p.DecidedAt, nullable: true).Description("When the director decided (UTC).");
        Field(p => p.DecisionNote, nullable: true).Description("The director's note (a rejection's reason).");
        Field(p => p.Version).Description("Optimistic concurrency version: send it back with approveGradeProposal or rejectGradeProposal.");
        Field<NonNullGraphType<BooleanGraphType>>("isStale")
            .Description("Pending, and the customer's grade is no longer the one it was proposed from: it cannot be approved (reject it and propose again).")
            .Resolve(c => c.Source.Status != GradeProposalStatus.Pending
                ? false
                : c.LoadById<Customer>(c.Source.CustomerId).Then(customer => customer is not null && customer.Grade != c.Source.FromGrade));
        Field<CustomerGraphType>("customer").Description("The customer.").Resolve(c => c.LoadById<Customer>(c.Source.CustomerId));
        Field<StaffGraphType>("proposedBy").Description("The manager who proposed it.").Resolve(c => c.LoadById<Staff>(c.Source.ProposedById));
        Field<StaffGraphType>("decidedBy").Description("The director who decided.").Resolve(c => c.Source.DecidedById is { } id ? c.LoadById<Staff>(id) : null);
    }
}
