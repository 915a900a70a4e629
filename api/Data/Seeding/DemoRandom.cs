using System.Globalization;

namespace SalesGraph.Data.Seeding;

/// <summary>A seeded <see cref="Random"/> with the draws the demo generator needs. Not for anything secret.</summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Reproducible demo data needs a seeded, predictable generator.
    private readonly Random random = new(seed);

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public double NextDouble() => random.NextDouble();
#pragma warning restore CA5394

    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public char Pick(string characters) => characters[Next(characters.Length)];

    /// <summary>Log-normally distributed around <paramref name="median"/>: most values near it, a long tail of large ones.</summary>
    public double LogNormal(double median, double sigma)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(sigma * normal);
    }

    public string Mobile() => "138" + Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
