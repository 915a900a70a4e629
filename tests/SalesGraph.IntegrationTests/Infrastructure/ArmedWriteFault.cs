using SalesGraph.Resolving.Writes;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>Throws once, before the commit of the next mutation named <see cref="Arm"/>: proves a failure halfway writes nothing.</summary>
public sealed class ArmedWriteFault : IWriteFault
{
    private string? _action;

    /// <summary>Makes the next <paramref name="action"/> fail after its writes and before its commit.</summary>
    public void Arm(string action) => Interlocked.Exchange(ref _action, action);

    public void BeforeCommit(string action)
    {
        if (Interlocked.CompareExchange(ref _action, null, action) == action)
        {
            throw new InvalidOperationException($"Injected fault in {action}.");
        }
    }
}
