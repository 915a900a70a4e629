using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Resolving;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Credit;

/// <summary>One grade of the credit policy.</summary>
public sealed class CreditPolicyGraphType : ObjectGraphType<CreditPolicy>
{
    public CreditPolicyGraphType()
    {
        Name = "CreditPolicy";
        Description = "The director's credit policy for one customer grade (客户等级评定 → 账额/账期): the credit limit and payment term a customer "
            + "takes when it is graded, unless finance set its terms explicitly (Customer.creditOverride). Changing the policy does not rewrite "
            + "the terms customers already have.";
        this.NodeId(p => p.Id);
        Field(p => p.Grade).Description("The grade: A 战略客户, B 潜力客户, C 散户.");
        Field(p => p.CreditLimit).Description("Default credit limit (账额) in CNY.");
        Field(p => p.PaymentTermDays).Description("Default payment term (账期) in days.");
        Field(p => p.Version).Description("Optimistic concurrency version: send it back with setCreditPolicy.");
        Field(p => p.UpdatedAt).Description("When the director last set it (UTC).");
        Field<StaffGraphType>("updatedBy").Description("Who last set it.").Resolve(c => c.Source.UpdatedById is { } id ? c.LoadById<Staff>(id) : null);
    }
}
