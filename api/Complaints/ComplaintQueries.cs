using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Complaints;

/// <summary>The <c>complaints</c> and <c>complaint(id:)</c> root fields.</summary>
public sealed class ComplaintQueries() : EntityQueries<Complaint, ComplaintGraphType>(
    "Complaint", "complaints", "complaint",
    "Complaints (客户投诉) of the customers in the caller's scope; filter with where: { status: { in: [OPEN, FORWARDED] } }, order e.g. by answerDueAt.");
