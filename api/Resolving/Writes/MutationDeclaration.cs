using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// One mutation, declared once: its name, input, payload, who may run it (an <see cref="ActionRule"/> of
/// <see cref="WriteRules"/>), its description and its handler. From it the <see cref="MutationCatalog"/> builds the root
/// field <c>name(input: …!): NamePayload!</c> and its payload type, the <see cref="MutationRunner"/> checks the rule, the
/// description ends with the rule in words, and <c>me.actions</c> lists the name for callers the rule permits.
/// </summary>
public abstract class MutationDeclaration
{
    private protected MutationDeclaration(string name, ActionRule rule, string description, string entityField, Type entityGraphType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentException.ThrowIfNullOrEmpty(entityField);
        ArgumentNullException.ThrowIfNull(entityGraphType);
        Name = name;
        Rule = rule;
        Description = $"{description} {rule.Describe()}";
        EntityField = entityField;
        EntityGraphType = entityGraphType;
    }

    /// <summary>The field name, e.g. <c>createContract</c>; also the action name of the audit log and <c>me.actions</c>.</summary>
    public string Name { get; }

    /// <summary>Who may run it.</summary>
    public ActionRule Rule { get; }

    /// <summary>The field's description: what it does and its errors, then who may run it (from <see cref="Rule"/>).</summary>
    public string Description { get; }

    /// <summary>The payload field carrying the object written, e.g. <c>contract</c>.</summary>
    public string EntityField { get; }

    /// <summary>The graph type of that object.</summary>
    public Type EntityGraphType { get; }

    /// <summary>
    /// Declares <paramref name="name"/>(input: <typeparamref name="TInputGraphType"/>!): <c>{Name}Payload!</c>.
    /// </summary>
    /// <typeparam name="TInputGraphType">The input object type, whose CLR type is <typeparamref name="TInput"/>.</typeparam>
    /// <typeparam name="TInput">The input record the handler gets.</typeparam>
    /// <param name="name">The field name, e.g. <c>createContract</c>.</param>
    /// <param name="rule">Who may run it.</param>
    /// <param name="description">What it does and what errors it returns; the rule's sentence is appended.</param>
    /// <param name="entityField">The payload field carrying the object, e.g. <c>contract</c>.</param>
    /// <param name="entityGraphType">The object's graph type.</param>
    /// <param name="handle">The work, inside the runner's transaction; it must not save or commit.</param>
    /// <param name="idempotencyKey">For create mutations: the client's key in the input; a repeat returns the first result.</param>
    public static MutationDeclaration<TInput> Of<TInputGraphType, TInput>(
        string name, ActionRule rule, string description, string entityField, Type entityGraphType,
        Func<WriteUnit, TInput, Task<MutationPayload>> handle, Func<TInput, string?>? idempotencyKey = null)
        where TInputGraphType : IInputObjectGraphType =>
        new(name, rule, description, entityField, entityGraphType, typeof(TInputGraphType), handle, idempotencyKey);

    /// <summary>Adds the field and its payload type to the root mutation type.</summary>
    internal abstract void AddTo(ObjectGraphType mutation);
}

/// <summary>A <see cref="MutationDeclaration"/> whose input is <typeparamref name="TInput"/>.</summary>
/// <typeparam name="TInput">The input record.</typeparam>
public sealed class MutationDeclaration<TInput> : MutationDeclaration
{
    private readonly Type _inputGraphType;
    private readonly Func<WriteUnit, TInput, Task<MutationPayload>> _handle;
    private readonly Func<TInput, string?>? _idempotencyKey;

    internal MutationDeclaration(
        string name, ActionRule rule, string description, string entityField, Type entityGraphType, Type inputGraphType,
        Func<WriteUnit, TInput, Task<MutationPayload>> handle, Func<TInput, string?>? idempotencyKey)
        : base(name, rule, description, entityField, entityGraphType)
    {
        ArgumentNullException.ThrowIfNull(handle);
        _inputGraphType = inputGraphType;
        _handle = handle;
        _idempotencyKey = idempotencyKey;
    }

    /// <summary>Runs <paramref name="input"/> through the request's <see cref="MutationRunner"/>: authorized, in one transaction, audited.</summary>
    public Task<MutationPayload> RunAsync(IResolveFieldContext context, TInput input) =>
        RunAsync(context, input, w => _handle(w, input));

    /// <summary>Runs other <paramref name="work"/> on this mutation's input (e.g. one item of a batch) under this declaration's name and rule.</summary>
    public Task<MutationPayload> RunAsync(IResolveFieldContext context, TInput input, Func<WriteUnit, Task<MutationPayload>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runner = context.RequestServices!.GetRequiredService<MutationRunner>();
        return runner.RunAsync(context, this, work, _idempotencyKey?.Invoke(input));
    }

    internal override void AddTo(ObjectGraphType mutation)
    {
        var payload = new PayloadGraphType($"{char.ToUpperInvariant(Name[0])}{Name[1..]}Payload", EntityField, EntityGraphType);
        mutation.Field(Name, new NonNullGraphType(payload))
            .Description(Description)
            .Argument(typeof(NonNullGraphType<>).MakeGenericType(_inputGraphType), "input", a => a.Description = "The mutation's input.")
            .ResolveAsync(async c => await RunAsync(c, c.GetArgument<TInput>("input")))
            .FieldType.MarkAsPlumbing();
    }
}
