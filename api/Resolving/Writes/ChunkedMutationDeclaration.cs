using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// A mutation whose work is split into several transactions (e.g. <c>importBankStatement</c>, one per chunk of rows),
/// or run as a dry run that writes nothing. Declared like any other (<see cref="MutationDeclaration"/>: name, rule,
/// payload, <c>me.actions</c>); its handler gets a <see cref="ChunkedWrites"/> to run each piece through the
/// <see cref="MutationRunner"/> — checked, saved, brought up to date (<see cref="IDerivedRows"/>, once per piece) and audited
/// in that piece's transaction — and assembles the payload itself.
/// </summary>
/// <typeparam name="TInput">The input record.</typeparam>
public sealed class ChunkedMutationDeclaration<TInput> : MutationDeclaration
{
    private readonly Type _inputGraphType;
    private readonly Func<ChunkedWrites, TInput, Task<MutationPayload>> _handle;

    /// <summary>Declares <paramref name="name"/>(input: <typeparamref name="TInputGraphType"/>!): <c>{Name}Payload!</c>.</summary>
    /// <typeparam name="TInputGraphType">The input object type, whose CLR type is <typeparamref name="TInput"/>.</typeparam>
    /// <param name="name">The field name; also the audit log's action.</param>
    /// <param name="rule">Who may run it.</param>
    /// <param name="description">What it does and its errors; the rule's sentence is appended.</param>
    /// <param name="entityField">The payload field carrying the result.</param>
    /// <param name="entityGraphType">The result's graph type.</param>
    /// <param name="handle">The work: runs its pieces through the <see cref="ChunkedWrites"/> it is given.</param>
    public static ChunkedMutationDeclaration<TInput> Of<TInputGraphType>(
        string name, ActionRule rule, string description, string entityField, Type entityGraphType, Func<ChunkedWrites, TInput, Task<MutationPayload>> handle)
        where TInputGraphType : IInputObjectGraphType =>
        new(name, rule, description, entityField, entityGraphType, typeof(TInputGraphType), handle);

    private ChunkedMutationDeclaration(
        string name, ActionRule rule, string description, string entityField, Type entityGraphType, Type inputGraphType, Func<ChunkedWrites, TInput, Task<MutationPayload>> handle)
        : base(name, rule, description, entityField, entityGraphType)
    {
        ArgumentNullException.ThrowIfNull(handle);
        _inputGraphType = inputGraphType;
        _handle = handle;
    }

    internal override void AddTo(ObjectGraphType mutation)
    {
        var payload = new PayloadGraphType($"{char.ToUpperInvariant(Name[0])}{Name[1..]}Payload", EntityField, EntityGraphType);
        mutation.Field(Name, new NonNullGraphType(payload))
            .Description(Description)
            .Argument(typeof(NonNullGraphType<>).MakeGenericType(_inputGraphType), "input", a => a.Description = "The mutation's input.")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                if (!Rule.Permits(caller))
                {
                    throw MutationErrors.NotAuthorized($"Your role may not {Name}.");
                }

                return await _handle(new ChunkedWrites(c.RequestServices!.GetRequiredService<MutationRunner>(), caller, this, c.CancellationToken), c.GetArgument<TInput>("input"));
            })
            .FieldType.MarkAsPlumbing();
    }
}

/// <summary>What a <see cref="ChunkedMutationDeclaration{TInput}"/>'s handler runs its pieces with.</summary>
public sealed class ChunkedWrites(MutationRunner runner, Caller caller, MutationDeclaration mutation, CancellationToken cancellationToken)
{
    /// <summary>Who writes.</summary>
    public Caller Caller => caller;

    /// <summary>Runs <paramref name="work"/> in a transaction of its own: when it returns no errors, saved, derived rows updated, audited and committed.</summary>
    public Task<MutationPayload> WriteAsync(Func<WriteUnit, Task<MutationPayload>> work) => runner.RunAsync(caller, mutation, work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> exactly as <see cref="WriteAsync"/> would, then rolls everything back: nothing is saved or audited.</summary>
    public Task<MutationPayload> DryRunAsync(Func<WriteUnit, Task<MutationPayload>> work) => runner.DryRunAsync(caller, mutation, work, cancellationToken);
}
