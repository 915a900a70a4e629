using GraphQL;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>Declares root mutation fields in the input/payload style: <c>verbEntity(input: VerbEntityInput!): VerbEntityPayload!</c>.</summary>
public static class MutationFieldExtensions
{
    /// <summary>
    /// Adds <paramref name="name"/>(input: <typeparamref name="TInputGraphType"/>!): <c>{Name}Payload!</c>, whose payload
    /// carries the object under <paramref name="entityField"/> and the input errors.
    /// </summary>
    /// <typeparam name="TInputGraphType">The input object type (its CLR type is what <paramref name="resolve"/> gets).</typeparam>
    /// <typeparam name="TInput">The input record.</typeparam>
    /// <param name="mutation">The root mutation type.</param>
    /// <param name="name">The field name, e.g. <c>createContract</c>.</param>
    /// <param name="description">What it does, who may call it and what errors it returns.</param>
    /// <param name="entityField">The payload field carrying the object, e.g. <c>contract</c>.</param>
    /// <param name="entityGraphType">The object's graph type.</param>
    /// <param name="resolve">The mutation.</param>
    public static void Mutation<TInputGraphType, TInput>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string entityField,
        Type entityGraphType,
        Func<IResolveFieldContext, TInput, Task<MutationPayload>> resolve)
        where TInputGraphType : IInputObjectGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(resolve);
        var payload = new PayloadGraphType($"{char.ToUpperInvariant(name[0])}{name[1..]}Payload", entityField, entityGraphType);
        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "The mutation's input.")
            .ResolveAsync(async c => await resolve(c, c.GetArgument<TInput>("input")));
    }
}
