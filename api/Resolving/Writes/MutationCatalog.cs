using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;

namespace SalesGraph.Resolving.Writes;

/// <summary>
/// Every declared mutation: contributes their fields to the root <c>Mutation</c> and answers which of them a caller
/// may run (<c>me.actions</c>), from the same declarations the runner enforces.
/// </summary>
public sealed class MutationCatalog : IMutationFields
{
    private readonly MutationDeclaration[] _mutations;
    private readonly MutationBatch[] _batches;

    public MutationCatalog(IEnumerable<IDeclaresMutations> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var all = features.ToArray();
        _mutations = [.. all.SelectMany(f => f.Mutations)];
        _batches = [.. all.SelectMany(f => f.Batches)];
        if (_mutations.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"The mutation {twice.Key} is declared twice.");
        }
    }

    /// <summary>The declared mutations.</summary>
    public IReadOnlyList<MutationDeclaration> Mutations => _mutations;

    /// <summary>The names of the mutations <paramref name="caller"/> may run.</summary>
    public IEnumerable<string> Permitted(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _mutations.Where(m => m.Rule.Permits(caller)).Select(m => m.Name);
    }

    /// <inheritdoc />
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        foreach (var declaration in _mutations)
        {
            declaration.AddTo(mutation);
        }

        foreach (var batch in _batches)
        {
            batch.AddTo(mutation);
        }
    }
}
