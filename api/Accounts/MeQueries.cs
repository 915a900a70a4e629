using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;

namespace SalesGraph.Accounts;

/// <summary>The <c>me</c> root field.</summary>
public sealed class MeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<MeGraphType>>("me")
            .Description("The caller: identity, role, row scope, and what it may read (per type and field) and do (per action).")
            .Resolve(c => c.Caller());
    }
}
