using GraphQL;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// The payload type of one mutation, e.g. <c>CreateContractPayload { contract: Contract, errors: [UserError!]! }</c>.
/// Built per mutation by <see cref="MutationFieldExtensions"/>.
/// </summary>
[DoNotRegister] // built per mutation, never resolved from DI
public sealed class PayloadGraphType : ObjectGraphType<MutationPayload>, IPlumbingGraphType
{
    /// <param name="name">The type name, e.g. <c>CreateContractPayload</c>.</param>
    /// <param name="entityField">The field carrying the object, e.g. <c>contract</c>.</param>
    /// <param name="entityGraphType">The object's graph type.</param>
    public PayloadGraphType(string name, string entityField, Type entityGraphType)
    {
        Name = name;
        Description = $"The result of {char.ToLowerInvariant(name[0])}{name[1..^"Payload".Length]}: the {entityField} and any input errors (then nothing was written).";
        Field(entityField, entityGraphType)
            .Description($"The {entityField} as written; on errors, its current state when it exists, else null.")
            .Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceGraphType>>>>("errors")
            .Description("Problems with the input; empty when the mutation succeeded.")
            .Resolve(c => c.Source.Errors);
    }
}
