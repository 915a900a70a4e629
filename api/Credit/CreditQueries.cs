using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.Resolving;

namespace SalesGraph.Credit;

/// <summary>The <c>creditPolicy</c> root field: the three grades' default credit limit and payment term.</summary>
public sealed class CreditPolicyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ListGraphType<NonNullGraphType<CreditPolicyGraphType>>>("creditPolicy")
            .Description("The credit policy (信用政策): per grade A, B, C the credit limit and payment term a customer takes when graded.")
            .ResolveAsync(async c =>
            {
                await using var db = c.OpenDb();
                return await db.Scoped<CreditPolicy>(c.Caller()).AsNoTracking().OrderBy(p => p.Grade)
                    .ToListAsync(c.CancellationToken);
            });
    }
}

/// <summary>
/// The <c>gradeProposals</c> and <c>gradeProposal(id:)</c> root fields: the director's inbox is
/// <c>gradeProposals(where: { status: { eq: PENDING } })</c>; a manager sees its region's proposals and their status.
/// </summary>
public sealed class GradeProposalQueries() : EntityQueries<GradeProposal, GradeProposalGraphType>(
    "GradeProposal", "gradeProposals", "gradeProposal",
    "Grade proposals (等级变更) of the customers in the caller's scope, oldest first: filter by status (PENDING for the director's inbox), customer or grade.");
