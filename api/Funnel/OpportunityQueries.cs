using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Funnel;

/// <summary>
/// The <c>opportunities</c> and <c>opportunity(id:)</c> root fields. The manager's pipeline review is this connection
/// filtered and ordered (e.g. where: { stage: { in: [LEAD, INTENTION, QUOTE] } }, order: [{ expectedCloseOn: ASC }]).
/// </summary>
public sealed class OpportunityQueries() : EntityQueries<Opportunity, OpportunityGraphType>(
    "Opportunity", "opportunities", "opportunity",
    "Opportunities (商机) on the customers in the caller's scope; the pipeline review filters by stage, owner and expectedCloseOn.");
