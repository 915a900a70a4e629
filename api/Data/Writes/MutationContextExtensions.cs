using GraphQL;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Data.Writes;

/// <summary>Lets a mutation resolver run its work through the request's <see cref="MutationRunner"/>.</summary>
public static class MutationContextExtensions
{
    /// <summary>Runs <paramref name="work"/> as <paramref name="action"/>: authorized, in one transaction, audited.</summary>
    public static Task<MutationPayload> WriteAsync(
        this IResolveFieldContext context, string action, Func<WriteUnit, Task<MutationPayload>> work, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runner = context.RequestServices!.GetRequiredService<MutationRunner>();
        return runner.RunAsync(context, action, work, idempotencyKey);
    }
}
