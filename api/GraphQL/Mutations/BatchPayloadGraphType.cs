using GraphQL;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// The payload of a batch mutation that runs one declared mutation per item, e.g.
/// <c>ImportPaymentsPayload { results: [ImportedPaymentPayload!]! }</c>: one item payload per input item, in order.
/// </summary>
[DoNotRegister] // built per batch mutation, never resolved from DI
public sealed class BatchPayloadGraphType : ObjectGraphType<IReadOnlyList<MutationPayload>>, IPlumbingGraphType
{
    /// <param name="name">The type name, e.g. <c>ImportPaymentsPayload</c>.</param>
    /// <param name="description">The type's description.</param>
    /// <param name="item">The payload type of one item.</param>
    /// <param name="resultsDescription">The description of the <c>results</c> field.</param>
    public BatchPayloadGraphType(string name, string description, PayloadGraphType item, string resultsDescription)
    {
        Name = name;
        Description = description;
        Field("results", new NonNullGraphType(new ListGraphType(new NonNullGraphType(item))))
            .Description(resultsDescription)
            .Resolve(c => c.Source);
    }
}
