namespace SalesGraph.UnitTests.GraphQL.Testing;

/// <summary>Observes whether resolvers overlap, without relying on timing for the verdict.</summary>
public sealed class ConcurrencyProbe
{
    private readonly TaskCompletionSource bothArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int arrived;
    private int inFlight;

    /// <summary>The most mutation steps ever running at once.</summary>
    public int MaxInFlight { get; private set; }

    /// <summary>Completes only when two callers are inside at the same time (true), or gives up (false).</summary>
    public async Task<bool> MeetAsync()
    {
        if (Interlocked.Increment(ref arrived) == 2)
        {
            bothArrived.TrySetResult();
        }

        // The timeout only keeps a serial run from hanging; a parallel run meets at once.
        var winner = await Task.WhenAny(bothArrived.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        return winner == bothArrived.Task;
    }

    /// <summary>Counts how many steps overlap; yields so a parallel strategy would start the next one.</summary>
    public async Task<int> StepAsync()
    {
        var now = Interlocked.Increment(ref inFlight);
        MaxInFlight = Math.Max(MaxInFlight, now);
        await Task.Delay(20);
        await Task.Yield();
        Interlocked.Decrement(ref inFlight);
        return now;
    }
}
