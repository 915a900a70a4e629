namespace SalesGraph.Resolving.Writes;

/// <summary>A feature's mutations; the <see cref="MutationCatalog"/> collects every registered one.</summary>
public interface IDeclaresMutations
{
    /// <summary>The feature's mutations.</summary>
    IEnumerable<MutationDeclaration> Mutations { get; }

    /// <summary>The feature's batch fields over its mutations.</summary>
    IEnumerable<MutationBatch> Batches => [];
}
