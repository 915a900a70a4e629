namespace SalesGraph.Resolving.Writes;

/// <summary>
/// A hook between a mutation's writes and its commit. None is registered in the app; tests register one that throws to
/// prove that a failure halfway leaves nothing behind.
/// </summary>
public interface IWriteFault
{
    /// <summary>Called after the mutation's rows and audit entries were sent to the database, before the commit.</summary>
    void BeforeCommit(string action);
}
