using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Relay;
using SalesGraph.Calendar;

namespace SalesGraph.Targets;

/// <summary>The <c>targetTree</c> root field.</summary>
public sealed class TargetTreeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetTreeNodeGraphType>>>>("targetTree")
            .Description("The target tree of a year (company → regions → reps → quarters → months) with actuals and gaps, over the targets "
                + "the caller may see: its roots are the company target for head office, its region's target for a manager, its own for a rep.")
            .Argument<IntGraphType>("year", "The year; the current year (UTC) when omitted. Ignored with `root`.")
            .Argument<IdGraphType>("root", "Only the subtree of this target.")
            .Argument<IntGraphType>("depth", "Levels below the roots to include (0: the roots alone); all when omitted.")
            .ResolveAsync(async c =>
            {
                var root = c.GetArgument<string?>("root") is { } id ? GlobalId.Expect(id, "Target", "root") : (int?)null;
                var reader = c.RequestServices!.GetRequiredService<TargetTreeReader>();
                return await reader.ReadAsync(
                    c.Caller(), c.GetArgument<int?>("year"), root, c.GetArgument<int?>("depth"), c.BusinessToday(), c.CancellationToken);
            });
    }
}
