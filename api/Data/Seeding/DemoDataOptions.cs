namespace SalesGraph.Data.Seeding;

/// <summary>How much demo data to generate, and from which seed.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The demo company as seeded at start-up: about 20,000 contracts, 2,000 customers, 60 staff.</summary>
    public static readonly DemoDataOptions Demo = new();

    /// <summary>The random seed: the same seed and the same "today" give the same data, row for row.</summary>
    public int Seed { get; init; } = 20261124;

    /// <summary>Contracts over the three years up to today; customers and reps grow in proportion.</summary>
    public int Contracts { get; init; } = 20_000;

    /// <summary>The password of every demo account (development only).</summary>
    public string DemoPassword { get; init; } = "SalesGraph!2026";
}
