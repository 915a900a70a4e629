using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesGraph.Data;

/// <summary>Stores a decimal with a fixed number of places as a 64-bit integer (e.g. cents).</summary>
public sealed class ScaledDecimalConverter : ValueConverter<decimal, long>
{
    private static readonly Dictionary<int, ScaledDecimalConverter> Cache = new()
    {
        [2] = new ScaledDecimalConverter(100m),
        [4] = new ScaledDecimalConverter(10_000m),
    };

    private ScaledDecimalConverter(decimal factor)
        : base(v => (long)decimal.Round(v * factor, MidpointRounding.AwayFromZero), v => v / factor)
    {
    }

    /// <summary>The converter for <paramref name="scale"/> decimal places (2 or 4).</summary>
    public static ScaledDecimalConverter ForScale(int scale) =>
        Cache.TryGetValue(scale, out var converter)
            ? converter
            : throw new ArgumentOutOfRangeException(nameof(scale), scale, "Only 2 and 4 decimal places are mapped.");
}
